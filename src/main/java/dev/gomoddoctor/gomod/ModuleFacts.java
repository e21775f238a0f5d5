package dev.gomoddoctor.gomod;

import dev.gomoddoctor.scan.ScanContext;

/** What module-file rules look at: the parsed module files and the scan they belong to. */
public record ModuleFacts(ScanContext scan, ModuleTree tree) {}
