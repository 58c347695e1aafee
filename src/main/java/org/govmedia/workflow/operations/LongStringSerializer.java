package org.govmedia.workflow.operations;

import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A string variable longer than the engine's text column ({@code ACT_RU_VARIABLE.TEXT_} and its
 * history twins hold {@value #TEXT_COLUMN_LIMIT} characters) is kept in the byte array table as
 * UTF-8 instead of failing the transaction with an SQL error. It stays a {@code String} everywhere
 * a client reads it (Java API, /engine-rest, Tasklist's Camunda Forms), so a citizen message of
 * 20,000 characters or an item's body of 50,000 shows in the task forms as it was sent, and a form
 * that sends it back unchanged stores it the same way. Only a query by the value of such a
 * variable cannot find it (nothing in this application queries by a message's or an item's text).
 * Strings up to the limit are stored by the engine's own serializer, as before.
 */
public class LongStringSerializer extends PrimitiveValueSerializer<StringValue> {

  /** The type name kept in the variable row; read back by this serializer only. */
  public static final String NAME = "govmediaLongString";
  /** The characters the engine's {@code TEXT_} columns hold. */
  public static final int TEXT_COLUMN_LIMIT = 4000;

  public LongStringSerializer() {
    super(ValueType.STRING);
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  protected boolean canWriteValue(TypedValue value) {
    return value.getValue() instanceof String text && text.length() > TEXT_COLUMN_LIMIT;
  }

  @Override
  public StringValue convertToTypedValue(UntypedValueImpl untypedValue) {
    return Variables.stringValue((String) untypedValue.getValue(), untypedValue.isTransient());
  }

  @Override
  public void writeValue(StringValue value, ValueFields valueFields) {
    String text = value.getValue();
    valueFields.setByteArrayValue(text == null ? null : text.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public StringValue readValue(ValueFields valueFields, boolean asTransientValue) {
    byte[] bytes = valueFields.getByteArrayValue();
    return Variables.stringValue(bytes == null ? null : new String(bytes, StandardCharsets.UTF_8),
        asTransientValue);
  }
}
