package dev.gomoddoctor.gomod;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.gomod.model.ModFile;
import dev.gomoddoctor.gomod.model.ModulesTxt;
import dev.gomoddoctor.gomod.model.ParseResult;
import dev.gomoddoctor.gomod.parser.ModFileParser;
import dev.gomoddoctor.gomod.parser.ModulesTxtParser;
import dev.gomoddoctor.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every vendored repository of the corpus is consistent, as published. */
class VendorConsistencyCorpusTest {

  @Test
  void everyVendoredCorpusRepoIsConsistent() throws IOException {
    Path repos = SharedData.corpus().resolve("repos");
    List<Path> modulesTxt;
    try (Stream<Path> s = Files.walk(repos)) {
      modulesTxt = s.filter(p -> p.endsWith(Path.of("vendor", "modules.txt")))
          .filter(p -> !repos.relativize(p.getParent().getParent()).toString().contains("vendor"))
          .sorted().toList();
    }
    int consistent = 0;
    for (Path txt : modulesTxt) {
      Path dir = txt.getParent().getParent();
      // docker/cli vendors with -modfile=vendor.mod
      Path gomod = Files.exists(dir.resolve("go.mod")) ? dir.resolve("go.mod") : dir.resolve("vendor.mod");
      ParseResult<ModFile> mod = ModFileParser.parseModFile("go.mod", Files.readString(gomod));
      assertThat(mod.errors()).as(gomod.toString()).isEmpty();
      ModulesTxt vendor = ModulesTxtParser.parse("vendor/modules.txt", Files.readString(txt));
      List<VendorConsistency.Problem> problems = VendorConsistency.check(vendor,
          List.of(new VendorConsistency.MainModFile(mod.file(), "go.mod", "")), Optional.empty(),
          Replacements.of(mod.file().replaces(), "go.mod", ""));
      assertThat(problems).as(txt.toString()).isEmpty();
      consistent++;
    }
    System.out.printf("vendor consistency corpus: %d of %d vendored repos judged consistent%n", consistent, modulesTxt.size());
    assertThat(modulesTxt).isNotEmpty();
  }
}
