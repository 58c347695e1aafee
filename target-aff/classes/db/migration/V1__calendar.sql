-- The working-day calendar: China's public-holiday arrangements (节假日安排) per year.
-- "day" and "year" are quoted in lower case: both are reserved words in H2 2.x, and a quoted
-- lower-case name is the same column as the unquoted name in PostgreSQL.

-- A listed day: an off day (off_day = true) or a weekend day that is worked (off_day = false).
CREATE TABLE gm_calendar_day (
    "day"   DATE        NOT NULL,
    "year"  INT         NOT NULL,
    name    VARCHAR(64) NOT NULL,
    off_day BOOLEAN     NOT NULL,
    CONSTRAINT pk_gm_calendar_day PRIMARY KEY ("day")
);

CREATE INDEX ix_gm_calendar_day_year ON gm_calendar_day ("year");

-- A year the calendar covers (even one without listed days); source = where the data came from.
CREATE TABLE gm_calendar_year (
    "year"    INT           NOT NULL,
    source    VARCHAR(1000),
    loaded_at TIMESTAMP     NOT NULL,
    CONSTRAINT pk_gm_calendar_year PRIMARY KEY ("year")
);
