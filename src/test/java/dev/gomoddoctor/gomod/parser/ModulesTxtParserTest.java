package dev.gomoddoctor.gomod.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gomoddoctor.gomod.model.ModulesTxt;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModulesTxtParserTest {

  @Test
  void modulesAnnotationsPackagesAndReplacements() {
    ModulesTxt m = ModulesTxtParser.parse("vendor/modules.txt", """
        # example.com/a v1.2.0
        ## explicit; go 1.21
        example.com/a
        example.com/a/sub
        # example.com/b v1.0.0 => example.com/fork v1.1.0
        ## explicit
        example.com/b
        # example.com/c v0.1.0 => ../c
        example.com/c
        # example.com/d v1.0.0
        # example.com/e => ./e
        """);
    assertThat(m.workspace()).isFalse();
    assertThat(m.entries()).hasSize(5);
    ModulesTxt.Entry a = m.entries().get(0);
    assertThat(a.line()).isEqualTo(1);
    assertThat(a.explicit()).isTrue();
    assertThat(a.goVersion()).isEqualTo("1.21");
    assertThat(a.packages()).containsExactly("example.com/a", "example.com/a/sub");
    assertThat(m.entries().get(1).replacement()).contains(new ModulesTxt.Replacement("example.com/fork", "v1.1.0"));
    assertThat(m.entries().get(2).replacement()).contains(new ModulesTxt.Replacement("../c", ""));
    assertThat(m.entries().get(4).module()).isEqualTo(new ModulesTxt.Key("example.com/e", ""));
    assertThat(m.vendorList()).extracting(ModulesTxt.Key::path)
        .containsExactly("example.com/a", "example.com/b", "example.com/c");
    assertThat(m.replaced()).hasSize(3);
    assertThat(m.vendoredVersion("example.com/d")).isEqualTo(Optional.empty());
  }

  @Test
  void workspaceHeaderAndIgnoredLines() {
    ModulesTxt m = ModulesTxtParser.parse("vendor/modules.txt", """
        ## workspace
        # example.com/a notaversion
        example.com/ignored
        # example.com/b v1.0.0
        # short
        example.com/b
        ## explicit
        """);
    assertThat(m.workspace()).isTrue();
    assertThat(m.entries()).hasSize(1);
    // "# short" has fewer than 3 fields: Go skips it and example.com/b keeps its package
    assertThat(m.entries().get(0).packages()).containsExactly("example.com/b");
    assertThat(m.entries().get(0).explicit()).isTrue();
  }
}
