package dev.gomoddoctor.inspect;

import java.util.List;

/**
 * What an {@link Inspector} found in one file.
 *
 * @param json the JSON document as plain values ({@link java.util.LinkedHashMap} objects in
 *     field order, {@link List} arrays, strings, booleans, numbers, and null, which is written)
 * @param text the human-readable description
 * @param errors the errors the file's own tool would print (the file is rejected when not empty),
 *     each already positioned ({@code go.mod:3:5: message})
 * @param errorHeader the line printed before the errors, e.g. {@code errors parsing go.mod:}
 */
public record Inspection(Object json, String text, List<String> errors, String errorHeader) {

  public Inspection {
    errors = List.copyOf(errors);
  }

  public boolean rejected() {
    return !errors.isEmpty();
  }
}
