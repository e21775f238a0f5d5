package dev.gomoddoctor.cache.verify;

import java.nio.file.Path;
import java.util.List;

/** The verification of a set of module versions in one module cache, in request order. */
public record VerifyResult(Path modcache, List<ModuleResult> modules, long elapsedMillis) {

  public VerifyResult {
    modules = List.copyOf(modules);
  }

  public List<Mismatch> mismatches() {
    return modules.stream().flatMap(m -> m.mismatches().stream()).toList();
  }

  public boolean incomplete() {
    return modules.stream().anyMatch(m -> !m.unreadable().isEmpty());
  }

  public long count(ModuleResult.Status status) {
    return modules.stream().filter(m -> m.status() == status).count();
  }
}
