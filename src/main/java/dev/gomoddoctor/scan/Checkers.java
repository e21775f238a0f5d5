package dev.gomoddoctor.scan;

import dev.gomoddoctor.cache.CacheChecker;
import dev.gomoddoctor.docker.DockerChecker;
import dev.gomoddoctor.goenv.GoEnvironmentChecker;
import dev.gomoddoctor.gomod.ModuleFilesChecker;
import dev.gomoddoctor.rules.Rule;
import dev.gomoddoctor.rules.RuleRegistry;
import java.util.ArrayList;
import java.util.List;

/** The standard set of checkers and the registry of every rule they (and the doctor) report. */
public final class Checkers {
  private Checkers() {}

  public static List<Checker> standard() {
    return List.of(new ModuleFilesChecker(), new GoEnvironmentChecker(), new CacheChecker(), new DockerChecker());
  }

  /** Rules that belong to the doctor itself rather than a checker. */
  public static List<Rule> doctorRules() {
    return List.of(new FileUnreadable(), new InternalError());
  }

  public static RuleRegistry registry(List<Checker> checkers) {
    List<Rule> rules = new ArrayList<>(doctorRules());
    java.util.Set<Class<?>> seen = new java.util.HashSet<>();
    for (Checker c : checkers) {
      for (Rule r : c.rules()) {
        if (seen.add(r.getClass())) {
          rules.add(r);
        }
      }
    }
    return new RuleRegistry(rules);
  }

  public static RuleRegistry standardRegistry() {
    return registry(standard());
  }
}
