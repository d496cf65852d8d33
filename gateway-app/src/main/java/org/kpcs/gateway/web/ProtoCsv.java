package org.kpcs.gateway.web;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import com.google.protobuf.Timestamp;
import com.google.protobuf.util.Timestamps;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One repeated field of a message as a CSV table (RFC 4180): a row per element, a column per scalar field,
 * nested messages flattened to {@code parent.field} columns, repeated scalars joined by spaces, timestamps in
 * ISO-8601, enums by name. The columns are the message type's fields, so an empty table still has its header.
 */
final class ProtoCsv {
    private ProtoCsv() {}

    /** The table in {@code field} of {@code message}; refused when the message has no such repeated field. */
    static String table(final Message message, final String field) {
        final FieldDescriptor list = message.getDescriptorForType().findFieldByName(field);
        if (list == null || !list.isRepeated() || list.isMapField()) {
            throw new IllegalArgumentException(
                    message.getDescriptorForType().getName() + " has no table '" + field + "'");
        }
        final List<Map<String, String>> rows = new ArrayList<>();
        for (int i = 0; i < message.getRepeatedFieldCount(list); i++) {
            final Object element = message.getRepeatedField(list, i);
            final Map<String, String> row = new LinkedHashMap<>();
            if (element instanceof Message m && !(element instanceof Timestamp)) {
                flatten("", m, row);
            } else {
                row.put(field, scalar(list, element));
            }
            rows.add(row);
        }
        final List<String> header = header(list, field);
        final StringBuilder csv = new StringBuilder();
        csv.append(line(header));
        for (final Map<String, String> row : rows) {
            csv.append(line(header.stream().map(c -> row.getOrDefault(c, "")).toList()));
        }
        return csv.toString();
    }

    private static List<String> header(final FieldDescriptor list, final String field) {
        final List<String> columns = new ArrayList<>();
        if (list.getJavaType() == FieldDescriptor.JavaType.MESSAGE && !isTimestamp(list)) {
            columns(list.getMessageType(), "", columns);
        } else {
            columns.add(field);
        }
        return columns;
    }

    private static void columns(
            final com.google.protobuf.Descriptors.Descriptor type, final String prefix, final List<String> out) {
        for (final FieldDescriptor f : type.getFields()) {
            if (f.getJavaType() == FieldDescriptor.JavaType.MESSAGE && !f.isRepeated() && !isTimestamp(f)) {
                columns(f.getMessageType(), prefix + f.getName() + ".", out);
            } else {
                out.add(prefix + f.getName());
            }
        }
    }

    private static void flatten(final String prefix, final Message message, final Map<String, String> row) {
        for (final FieldDescriptor f : message.getDescriptorForType().getFields()) {
            final String name = prefix + f.getName();
            if (f.isRepeated()) {
                final List<String> items = new ArrayList<>();
                for (int i = 0; i < message.getRepeatedFieldCount(f); i++) {
                    items.add(item(f, message.getRepeatedField(f, i)));
                }
                row.put(name, String.join(" ", items));
            } else if (f.getJavaType() == FieldDescriptor.JavaType.MESSAGE && !isTimestamp(f)) {
                flatten(name + ".", (Message) message.getField(f), row);
            } else {
                row.put(name, scalar(f, message.getField(f)));
            }
        }
    }

    /** A repeated element inside a row: a scalar, or a nested record compacted to its text form. */
    private static String item(final FieldDescriptor f, final Object value) {
        if (value instanceof Message m && !isTimestamp(f)) {
            return "["
                    + com.google.protobuf.TextFormat.printer()
                            .emittingSingleLine(true)
                            .printToString(m)
                            .strip() + "]";
        }
        return scalar(f, value);
    }

    private static String scalar(final FieldDescriptor f, final Object value) {
        if (value instanceof Timestamp t) {
            return t.equals(Timestamp.getDefaultInstance()) ? "" : Timestamps.toString(t);
        }
        if (f.getJavaType() == FieldDescriptor.JavaType.ENUM) {
            return ((com.google.protobuf.Descriptors.EnumValueDescriptor) value).getName();
        }
        return String.valueOf(value);
    }

    private static boolean isTimestamp(final FieldDescriptor f) {
        return f.getJavaType() == FieldDescriptor.JavaType.MESSAGE
                && Timestamp.getDescriptor()
                        .getFullName()
                        .equals(f.getMessageType().getFullName());
    }

    private static String line(final List<String> cells) {
        return String.join(",", cells.stream().map(ProtoCsv::cell).toList()) + "\r\n";
    }

    /** Quoted when needed; a cell a spreadsheet would run as a formula is prefixed with an apostrophe. */
    private static String cell(final String value) {
        String v = value;
        if (!v.isEmpty() && "=+@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        final boolean quote =
                v.indexOf('"') >= 0 || v.indexOf(',') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }
}
