package dev.gomoddoctor.cache.verify;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes a {@link VerifyResult} for {@code gomod-doctor verify}: text in the spirit of
 * {@code go mod verify} (one line per problem, then a summary), or JSON (documented in
 * docs/caches.md, {@code "schemaVersion": 1}).
 */
public final class VerifyResultRenderer {
  public static final int SCHEMA_VERSION = 1;

  private VerifyResultRenderer() {}

  public static void text(VerifyResult r, String scope, Writer out) {
    PrintWriter w = new PrintWriter(out);
    for (ModuleResult m : r.modules()) {
      for (Mismatch mm : m.mismatches()) {
        w.println(mm.message());
      }
      for (Unreadable u : m.unreadable()) {
        w.println(m.module().path() + " " + m.module().version() + ": cannot read " + u);
      }
    }
    long modified = r.count(ModuleResult.Status.MODIFIED);
    long incomplete = r.count(ModuleResult.Status.INCOMPLETE);
    long verified = r.count(ModuleResult.Status.VERIFIED);
    long absent = r.count(ModuleResult.Status.NOT_DOWNLOADED);
    String tail = String.format(Locale.ROOT, "%d module%s (%s) in %s, %.1f s", r.modules().size(),
        r.modules().size() == 1 ? "" : "s", scope, r.modcache(), r.elapsedMillis() / 1000.0);
    if (modified == 0 && incomplete == 0) {
      w.println("all modules verified: " + tail + (absent > 0 ? "; " + absent + " not downloaded" : ""));
    } else {
      w.println(verified + " verified, " + modified + " modified, " + incomplete + " not fully readable, "
          + absent + " not downloaded: " + tail);
    }
    w.flush();
  }

  public static void json(VerifyResult r, String scope, String toolVersion, Writer out) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeNumberField("schemaVersion", SCHEMA_VERSION);
      g.writeObjectFieldStart("tool");
      g.writeStringField("name", "gomod-doctor");
      g.writeStringField("version", toolVersion);
      g.writeEndObject();
      g.writeStringField("modcache", r.modcache().toString());
      g.writeStringField("scope", scope);
      g.writeBooleanField("incomplete", r.incomplete());
      g.writeArrayFieldStart("modules");
      for (ModuleResult m : r.modules()) {
        g.writeStartObject();
        g.writeStringField("path", m.module().path());
        g.writeStringField("version", m.module().version());
        g.writeStringField("status", m.status().label());
        if (!m.mismatches().isEmpty()) {
          g.writeArrayFieldStart("mismatches");
          for (Mismatch mm : m.mismatches()) {
            writeMismatch(g, mm);
          }
          g.writeEndArray();
        }
        if (!m.unreadable().isEmpty()) {
          g.writeArrayFieldStart("unreadable");
          for (Unreadable u : m.unreadable()) {
            g.writeStartObject();
            g.writeStringField("path", u.path());
            g.writeStringField("why", u.why());
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("summary");
      g.writeNumberField("modules", r.modules().size());
      for (ModuleResult.Status s : ModuleResult.Status.values()) {
        g.writeNumberField(camel(s.label()), r.count(s));
      }
      g.writeNumberField("elapsedMillis", r.elapsedMillis());
      g.writeEndObject();
      g.writeEndObject();
    }
  }

  private static void writeMismatch(JsonGenerator g, Mismatch mm) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", mm.kind().label());
    g.writeStringField("file", mm.file());
    g.writeStringField("message", mm.message());
    if (!mm.files().isEmpty()) {
      g.writeArrayFieldStart("differingFiles");
      for (String f : mm.files()) {
        g.writeString(f);
      }
      g.writeEndArray();
    }
    if (mm.sum().isPresent()) {
      ExpectedSum s = mm.sum().get();
      g.writeObjectFieldStart("goSum");
      g.writeStringField("file", s.file());
      g.writeNumberField("line", s.line());
      g.writeStringField("hash", s.hash());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static String camel(String kebab) {
    StringBuilder b = new StringBuilder();
    boolean up = false;
    for (char c : kebab.toCharArray()) {
      if (c == '-') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return b.toString();
  }
}
