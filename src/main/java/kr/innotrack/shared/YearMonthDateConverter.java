package kr.innotrack.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.LocalDate;
import java.time.YearMonth;

/** Stores a year-month as the first day of that month, so SQL can compare and index it as a date. */
@Converter
public class YearMonthDateConverter implements AttributeConverter<YearMonth, LocalDate> {

    @Override
    public LocalDate convertToDatabaseColumn(YearMonth value) {
        return value == null ? null : value.atDay(1);
    }

    @Override
    public YearMonth convertToEntityAttribute(LocalDate value) {
        return value == null ? null : YearMonth.from(value);
    }
}
