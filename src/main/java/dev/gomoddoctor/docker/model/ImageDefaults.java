package dev.gomoddoctor.docker.model;

import java.util.Map;

/**
 * What a base image sets that the stage model needs for WORKDIR/ENV/USER tracking. Images are
 * known only by name; the default knows nothing and assumes {@code /} and root.
 */
public interface ImageDefaults {

  /** WORKDIR, USER and ENV that an image sets. */
  record Image(String workdir, String user, Map<String, String> env) {
    public Image {
      env = Map.copyOf(env);
    }
  }

  Image of(String expandedImageRef);

  /** Nothing known: WORKDIR {@code /}, root, no ENV. */
  ImageDefaults UNKNOWN = ref -> new Image("/", "", Map.of());
}
