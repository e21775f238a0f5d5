package dev.gomoddoctor.goenv.parser;

import dev.gomoddoctor.goenv.model.GoVersion;
import java.util.Optional;

/**
 * GOTOOLCHAIN ({@code toolchain/select.go}): {@code local}, {@code auto} (= local+auto),
 * {@code path} (= local+path), {@code <name>}, {@code <name>+auto}, {@code <name>+path}. Empty
 * (go.env missing) behaves as local.
 *
 * @param value the setting as given
 * @param minimum {@code local} or a toolchain name such as {@code go1.22.1}
 * @param mode "" (no switching), "auto" or "path"
 * @param error Go's error text ({@code invalid GOTOOLCHAIN "…"}), "" when valid
 */
public record ToolchainSetting(String value, String minimum, String mode, String error) {

  public static ToolchainSetting parse(String value) {
    if (value.isEmpty()) {
      return new ToolchainSetting(value, "local", "", "");
    }
    if (value.equals("auto") || value.equals("path")) {
      return new ToolchainSetting(value, "local", value, "");
    }
    int plus = value.indexOf('+');
    String min = plus < 0 ? value : value.substring(0, plus);
    String suffix = plus < 0 ? "" : value.substring(plus + 1);
    if (!min.equals("local") && GoVersion.fromToolchain(min).isEmpty()) {
      String err = plus >= 0
          ? "invalid GOTOOLCHAIN " + GoQuote.quote(value) + ": invalid minimum toolchain " + GoQuote.quote(min)
          : "invalid GOTOOLCHAIN " + GoQuote.quote(value);
      return new ToolchainSetting(value, min, suffix, err);
    }
    if (plus >= 0 && !suffix.equals("auto") && !suffix.equals("path")) {
      return new ToolchainSetting(value, min, suffix,
          "invalid GOTOOLCHAIN " + GoQuote.quote(value) + ": only version suffixes are +auto and +path");
    }
    return new ToolchainSetting(value, min, suffix, "");
  }

  public boolean valid() {
    return error.isEmpty();
  }

  public boolean switches() {
    return mode.equals("auto") || mode.equals("path");
  }

  /**
   * What the go command decides.
   *
   * @param pick the toolchain to run: {@code local} or a name like {@code go1.23.4}
   * @param runsLocally the running go handles the command itself
   * @param reason why: "GOTOOLCHAIN", "toolchain line", "go line", "toolchain default" or "local"
   * @param error Go's error, "" when none
   */
  public record Decision(String pick, boolean runsLocally, String reason, String error) {}

  /**
   * The selection for a local toolchain ({@code go1.21.3}) and the {@code go} and
   * {@code toolchain} lines of the go.mod or go.work consulted ("" when absent).
   */
  public Decision decide(String localToolchain, String goLine, String toolchainLine, String file) {
    if (!valid()) {
      return new Decision("", false, "GOTOOLCHAIN", error);
    }
    if (value.isEmpty()) {
      return new Decision("local", true, "local", "");
    }
    String localVersion = GoVersion.fromToolchain(localToolchain).map(Object::toString).orElse("");
    String pick = minimum.equals("local") ? localToolchain : minimum;
    String minVers = minimum.equals("local") ? localVersion : GoVersion.fromToolchain(minimum).get().toString();
    String reason = minimum.equals("local") ? "local" : "GOTOOLCHAIN";
    if (switches()) {
      if (toolchainLine.equals("default")) {
        reason = "toolchain default";
      } else {
        if (!toolchainLine.isEmpty()) {
          Optional<GoVersion> tv = GoVersion.fromToolchain(toolchainLine);
          if (tv.isEmpty() || (!toolchainLine.startsWith("go") && !toolchainLine.contains("-go"))) {
            return new Decision("", false, "toolchain line",
                "invalid toolchain " + GoQuote.quote(toolchainLine) + " in " + file);
          }
          if (GoVersion.compare(tv.get().toString(), minVers) > 0) {
            pick = toolchainLine;
            minVers = tv.get().toString();
            reason = "toolchain line";
          }
        }
        if (!goLine.isEmpty() && GoVersion.compare(goLine, minVers) > 0) {
          pick = "go" + goLine;
          // a language version (1.22) is not a release: the first release is 1.22.0
          Optional<GoVersion> gv = GoVersion.parse(goLine);
          if (gv.isPresent() && gv.get().patch().isEmpty() && gv.get().kind().isEmpty()
              && GoVersion.compare(goLine, "1.21") >= 0) {
            pick += ".0";
          }
          reason = "go line";
        }
      }
    }
    boolean local = pick.equals("local") || pick.equals(localToolchain);
    if (!local && !pick.startsWith("go1") && !pick.contains("-go1")) {
      return new Decision(pick, false, reason, "invalid GOTOOLCHAIN " + GoQuote.quote(pick));
    }
    return new Decision(local ? "local" : pick, local, reason, "");
  }
}
