package dev.gomoddoctor.inspect;

/** Turns an {@link Inspection} into the text the user asked for. */
public final class InspectRenderer {
  private InspectRenderer() {}

  /** Go-style indented JSON, ending with a newline (loads Jackson). */
  public static String json(Inspection inspection) {
    return GoStyleJson.write(inspection.json());
  }
}
