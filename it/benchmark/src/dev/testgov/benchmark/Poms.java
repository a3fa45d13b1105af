package dev.testgov.benchmark;

import java.util.List;

/** The generated reactor's POMs: every plugin version pinned, testgov only in the {@code testgov} profile. */
final class Poms {
	private static final String HEAD = """
			<?xml version="1.0" encoding="UTF-8"?>
			<project xmlns="http://maven.apache.org/POM/4.0.0"
			         xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
			         xsi:schemaLocation="http://maven.apache.org/POM/4.0.0 https://maven.apache.org/xsd/maven-4.0.0.xsd">
			  <modelVersion>4.0.0</modelVersion>
			""";

	private Poms() {
	}

	static String parent(String description, List<ModuleSpec> modules, String profile) {
		StringBuilder list = new StringBuilder();
		modules.forEach(m -> list.append("    <module>").append(m.name).append("</module>\n"));
		return HEAD + """

				  <!-- %s -->
				  <groupId>bench.generated</groupId>
				  <artifactId>bench-parent</artifactId>
				  <version>1.0-SNAPSHOT</version>
				  <packaging>pom</packaging>

				  <modules>
				%s  </modules>

				  <properties>
				    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
				    <maven.compiler.release>17</maven.compiler.release>
				  </properties>

				  <dependencyManagement>
				    <dependencies>
				      <dependency>
				        <groupId>org.junit</groupId>
				        <artifactId>junit-bom</artifactId>
				        <version>5.14.4</version>
				        <type>pom</type>
				        <scope>import</scope>
				      </dependency>
				    </dependencies>
				  </dependencyManagement>

				  <dependencies>
				    <dependency>
				      <groupId>org.junit.jupiter</groupId>
				      <artifactId>junit-jupiter</artifactId>
				      <scope>test</scope>
				    </dependency>
				  </dependencies>

				  <build>
				    <pluginManagement>
				      <plugins>
				        <plugin>
				          <artifactId>maven-clean-plugin</artifactId>
				          <version>3.5.0</version>
				        </plugin>
				        <plugin>
				          <artifactId>maven-resources-plugin</artifactId>
				          <version>3.3.1</version>
				        </plugin>
				        <plugin>
				          <artifactId>maven-compiler-plugin</artifactId>
				          <version>3.14.0</version>
				        </plugin>
				        <plugin>
				          <artifactId>maven-surefire-plugin</artifactId>
				          <version>3.5.5</version>
				        </plugin>
				        <plugin>
				          <artifactId>maven-jar-plugin</artifactId>
				          <version>3.4.2</version>
				        </plugin>
				        <plugin>
				          <artifactId>maven-install-plugin</artifactId>
				          <version>3.1.4</version>
				        </plugin>
				      </plugins>
				    </pluginManagement>
				  </build>

				  <profiles>
				%s  </profiles>
				</project>
				""".formatted(description, list, profile);
	}

	static String module(ModuleSpec module) {
		StringBuilder deps = new StringBuilder();
		for (ModuleSpec d : module.dependencies) {
			deps.append("""
					    <dependency>
					      <groupId>bench.generated</groupId>
					      <artifactId>%s</artifactId>
					      <version>${project.version}</version>
					    </dependency>
					""".formatted(d.name));
		}
		return HEAD + """

				  <parent>
				    <groupId>bench.generated</groupId>
				    <artifactId>bench-parent</artifactId>
				    <version>1.0-SNAPSHOT</version>
				  </parent>

				  <artifactId>%s</artifactId>
				""".formatted(module.name) + (deps.length() == 0 ? "" : "\n  <dependencies>\n" + deps + "  </dependencies>\n")
			+ "</project>\n";
	}
}
