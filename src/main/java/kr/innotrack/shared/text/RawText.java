package kr.innotrack.shared.text;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A form field bound exactly as received (passwords): {@link TextInput} leaves it alone; its own rule checks it. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RawText {
}
