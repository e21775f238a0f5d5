package dev.gomoddoctor.goenv.rules;

import dev.gomoddoctor.goenv.route.RoutingFacts;
import dev.gomoddoctor.rules.Rule;
import dev.gomoddoctor.scan.FindingSink;

/** A rule about how modules are fetched: proxies, checksum database, credentials, toolchains. */
public interface RoutingRule extends Rule {
  void check(RoutingFacts facts, FindingSink sink);
}
