package dev.gomoddoctor.docker.rules;

import dev.gomoddoctor.docker.facts.DockerfileFacts;
import dev.gomoddoctor.docker.facts.DockerfileRule;
import dev.gomoddoctor.docker.facts.StageFacts;
import dev.gomoddoctor.docker.facts.Step;
import dev.gomoddoctor.docker.shell.GoInvocation;
import dev.gomoddoctor.docker.shell.ShellCommand;
import dev.gomoddoctor.report.Severity;
import dev.gomoddoctor.rules.RuleInfo;
import dev.gomoddoctor.scan.FindingSink;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@RuleInfo(
    code = "GMD415",
    name = "insecure-setting-in-dockerfile",
    severity = Severity.WARNING,
    summary = "the Dockerfile turns off module checksum or TLS verification (GOINSECURE, GOSUMDB=off, …)",
    tags = {"docker", "security"},
    securitySeverity = "5.0",
    help = """
        Setting `GOINSECURE`, `GOSUMDB=off`, `GONOSUMDB=*` or `GIT_SSL_NO_VERIFY`, or running
        `git config http.sslVerify false`, in a Dockerfile turns off the checks that make module
        downloads tamper-evident: fetches succeed without verifying the checksum database or the
        server's certificate, in every build of the image, usually to work around one private
        module.

        **Go/Docker says:** nothing; fetches succeed without verification.

        **Fires:** ENV/ARG (with a value), inline assignments, `export`, `go env -w` setting
        `GOINSECURE`, `GOSUMDB=off`, `GONOSUMDB=*`, `GIT_SSL_NO_VERIFY`; `git config
        http.sslVerify false` or `git -c http.sslVerify=false`.

        **Fix:** scope the exception to the private modules only, and keep TLS on:

        ```dockerfile
        ENV GOPRIVATE=git.example.com/*
        ```

        (GOPRIVATE implies GONOSUMDB and GONOPROXY for those paths only.) Add the company CA to the
        image instead of disabling TLS: `COPY corp-ca.crt /usr/local/share/ca-certificates/` and
        `RUN update-ca-certificates`.

        **Quiet:** `GOFLAGS=-insecure`: it disables nothing in module mode and breaks `go get`
        (GMD206); ARGs declared without a value.
        """)
public final class InsecureSettingInDockerfile implements DockerfileRule {

  /** Why a variable assignment is insecure, or empty when it is not. */
  static Optional<String> insecure(String name, String value) {
    String v = value.trim();
    switch (name) {
      case "GOINSECURE" -> {
        return v.isEmpty() ? Optional.empty() : Optional.of("GOINSECURE=" + v + " fetches those modules without TLS verification");
      }
      case "GOSUMDB" -> {
        return v.equals("off") ? Optional.of("GOSUMDB=off turns off checksum-database verification for every module")
            : Optional.empty();
      }
      case "GONOSUMDB" -> {
        return List.of(v.split(",")).stream().anyMatch(p -> p.trim().equals("*") || p.trim().equals("*/*"))
            ? Optional.of("GONOSUMDB=" + v + " skips checksum-database verification for every module")
            : Optional.empty();
      }
      case "GIT_SSL_NO_VERIFY" -> {
        String l = v.toLowerCase(Locale.ROOT);
        return v.isEmpty() || l.equals("false") || l.equals("0") || l.equals("no") ? Optional.empty()
            : Optional.of("GIT_SSL_NO_VERIFY=" + v + " makes git skip TLS certificate checks");
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  @Override
  public void check(DockerfileFacts facts, FindingSink sink) {
    for (StageFacts s : facts.stages()) {
      for (Step st : s.steps()) {
        if (st.keyword().equals("env") || st.keyword().equals("arg")) {
          boolean arg = st.keyword().equals("arg");
          for (int i = 0; i + 1 < st.args().size(); i += 2) {
            String name = st.args().get(i);
            if (arg && !hasWrittenValue(st, name)) {
              continue;
            }
            insecure(name, st.args().get(i + 1)).ifPresent(why -> report(facts, s, st.line(),
                st.keyword().toUpperCase(Locale.ROOT) + " " + why, sink));
          }
        }
        st.run().ifPresent(r -> {
          for (ShellCommand c : r.commands()) {
            for (Map.Entry<String, String> e : c.inlineEnv().entrySet()) {
              insecure(e.getKey(), e.getValue()).ifPresent(why -> report(facts, s, st.lineOf(c.line()), why, sink));
            }
            if (c.baseName().equals("git")) {
              gitSslVerify(c).ifPresent(why -> report(facts, s, st.lineOf(c.line()), why, sink));
            }
          }
          // exports: report once, where the variable first appears exported
          java.util.Set<String> seen = new java.util.HashSet<>();
          for (ShellCommand c : r.commands()) {
            for (Map.Entry<String, String> e : c.shellEnv().entrySet()) {
              if (seen.add(e.getKey() + "=" + e.getValue())) {
                insecure(e.getKey(), e.getValue()).ifPresent(why -> report(facts, s, st.lineOf(c.line()),
                    "export " + why, sink));
              }
            }
          }
          for (GoInvocation g : r.goCommands()) {
            g.envWrites().forEach((k, v) -> insecure(k, v).ifPresent(why -> report(facts, s, st.lineOf(g.line()),
                "go env -w " + why, sink)));
          }
        });
      }
    }
  }

  /** ARG NAME alone declares without a value; only ARG NAME=value sets one. */
  private static boolean hasWrittenValue(Step st, String name) {
    return st.raw().stream().anyMatch(r -> r.startsWith(name + "="));
  }

  private static Optional<String> gitSslVerify(ShellCommand c) {
    List<String> a = c.argValues();
    for (int i = 0; i < a.size(); i++) {
      String x = a.get(i).toLowerCase(Locale.ROOT);
      if (x.equals("http.sslverify") && i + 1 < a.size() && isFalse(a.get(i + 1))) {
        return Optional.of("git config http.sslVerify false makes git skip TLS certificate checks");
      }
      if ((x.startsWith("http.sslverify=") || x.matches("http\\..*\\.sslverify=.*")) && isFalse(x.substring(x.indexOf('=') + 1))) {
        return Optional.of("git -c " + a.get(i) + " makes git skip TLS certificate checks");
      }
    }
    return Optional.empty();
  }

  private static boolean isFalse(String v) {
    String l = v.toLowerCase(Locale.ROOT);
    return l.equals("false") || l.equals("0") || l.equals("no") || l.equals("off");
  }

  private void report(DockerfileFacts facts, StageFacts s, int line, String why, FindingSink sink) {
    sink.report(this, facts.at(line), why + " in " + s.label(),
        "limit the exception to private modules with ENV GOPRIVATE=<your.host>/* and keep verification on;"
            + " for a corporate TLS proxy add its CA certificate (update-ca-certificates) instead");
  }
}
