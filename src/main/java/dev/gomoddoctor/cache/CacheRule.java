package dev.gomoddoctor.cache;

import dev.gomoddoctor.rules.Rule;
import dev.gomoddoctor.scan.FindingSink;

/** A rule of the cache checker: looks at the cache facts of one scan and reports. */
public interface CacheRule extends Rule {

  void check(CacheFacts facts, FindingSink sink);
}
