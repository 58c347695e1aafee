package org.govmedia.workflow.account;

import java.time.Instant;
import java.time.LocalDate;

/** What a confirmed filing hands the register: the event, its deadline, the people filed, who acted. */
public record FilingRecord(FilingEvent event, LocalDate eventDate, Instant deadline, boolean overdue,
    ResponsiblePeople people, String submittedBy, String confirmedBy, String processInstanceId) {}
