package dev.gomoddoctor.scan;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * Facts computed once per scan and shared between checkers (parsed go.mod files, the effective
 * Go environment, the Go import graph), so that no checker parses or resolves a thing a second
 * time. Keyed by the fact's type; computed by the first checker that asks, others wait.
 */
public final class SharedFacts {
  private final ConcurrentHashMap<Class<?>, FutureTask<?>> facts = new ConcurrentHashMap<>();

  public <T> T get(Class<T> type, Supplier<T> compute) {
    FutureTask<?> task = facts.get(type);
    if (task == null) {
      FutureTask<T> mine = new FutureTask<>(compute::get);
      task = facts.putIfAbsent(type, mine);
      if (task == null) {
        task = mine;
        mine.run();
      }
    }
    try {
      return type.cast(task.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while computing " + type.getSimpleName(), e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }
}
