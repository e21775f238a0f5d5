package dev.gomoddoctor.docker.image;

import java.util.Set;

/**
 * Docker Official Image names (docker-library/official-images {@code library/}): every bare
 * lowercase word is a valid reference, so these are never taken for a mistyped stage name.
 */
public final class OfficialImages {
  private OfficialImages() {}

  private static final Set<String> NAMES = Set.of(
      "adminer", "aerospike", "almalinux", "alpine", "alt", "amazoncorretto", "amazonlinux", "api-firewall",
      "arangodb", "archlinux", "backdrop", "bash", "bonita", "buildpack-deps", "busybox", "caddy", "cassandra",
      "centos", "chronograf", "cirros", "clearlinux", "clickhouse", "clojure", "composer", "convertigo",
      "couchbase", "couchdb", "crate", "dart", "debian", "docker", "drupal", "eclipse-mosquitto",
      "eclipse-temurin", "eggdrop", "elasticsearch", "elixir", "emqx", "erlang", "fedora", "flink", "fluentd",
      "friendica", "gazebo", "gcc", "geonetwork", "ghost", "golang", "gradle", "groovy", "haproxy", "haskell",
      "haxe", "hello-world", "hitch", "httpd", "hylang", "ibm-semeru-runtimes", "ibmjava", "influxdb", "irssi",
      "jetty", "joomla", "jruby", "julia", "kapacitor", "kibana", "kong", "krakend", "lightstreamer",
      "liquibase", "logstash", "mageia", "mariadb", "matomo", "maven", "mediawiki", "memcached", "mongo",
      "mongo-express", "monica", "mono", "mysql", "nats", "neo4j", "neurodebian", "nextcloud", "nginx", "node",
      "notary", "odoo", "open-liberty", "openjdk", "oraclelinux", "orientdb", "percona", "perl", "photon",
      "php", "php-zendserver", "phpmyadmin", "plone", "postfixadmin", "postgres", "pypy", "python", "r-base",
      "rabbitmq", "rakudo-star", "redis", "redmine", "registry", "rethinkdb", "rocket.chat", "rockylinux",
      "ros", "ruby", "rust", "sapmachine", "satosa", "scratch", "silverpeas", "solr", "sonarqube", "spiped",
      "storm", "swift", "teamspeak", "telegraf", "tomcat", "tomee", "traefik", "ubuntu", "unit", "varnish",
      "websphere-liberty", "wordpress", "xwiki", "yourls", "znc", "zookeeper");

  public static boolean contains(String name) {
    return NAMES.contains(name);
  }
}
