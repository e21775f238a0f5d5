package dev.gomoddoctor.gomod.rules;

import dev.gomoddoctor.gomod.ModuleFacts;
import dev.gomoddoctor.rules.Rule;
import dev.gomoddoctor.scan.FindingSink;

/** A rule over the module files of the scan (GMD1xx). */
public interface ModuleRule extends Rule {

  void check(ModuleFacts facts, FindingSink sink);
}
