package dev.testgov.maven.internal.prepare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.codehaus.plexus.util.cli.CommandLineUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Appending to {@code argLine}, and quoting that survives Surefire's tokenizer (the plexus/shared-utils
 * {@code translateCommandline}: spaces split, quotes group, no backslash escapes).
 */
class ArgLineTests {

	@Test
	void plainArgumentsStayUnquoted() {
		assertThat(ArgLine.join(List.of("-Dtestgov.strict=requires_docker,live_api",
			"-Dtestgov.categoryPatterns=**.api.**=integration;**.*SmokeTest=smoke,slow", "-Dtestgov.categories=!slow")))
			.isEqualTo("-Dtestgov.strict=requires_docker,live_api"
					+ " -Dtestgov.categoryPatterns=**.api.**=integration;**.*SmokeTest=smoke,slow -Dtestgov.categories=!slow");
	}

	@Test
	void argumentWithSpacesIsDoubleQuoted() {
		assertThat(ArgLine.quote("-Dtestgov.outputDirectory=/home/me/My Projects/target/testgov"))
			.isEqualTo("\"-Dtestgov.outputDirectory=/home/me/My Projects/target/testgov\"");
	}

	@Test
	void doubleQuoteInsideIsWrittenAsASingleQuotedPiece() {
		assertThat(ArgLine.quote("-Dx=say \"hi\"")).isEqualTo("\"-Dx=say \"'\"'\"hi\"'\"'\"\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "-Dx=plain", "-Dx=/a b/c", "-Dx=it's", "-Dx=\"quoted\"", "-Dx=both ' and \" here",
		"-Dx=$HOME `cmd` & | ; < > ( )", "-Dx=C:\\Program Files\\x", "-Dx=tab\there" })
	void everyArgumentSurvivesTheTokenizerIntact(String argument) throws Exception {
		String line = "-Xmx1g " + ArgLine.join(List.of(argument, "-Dlast=1"));

		assertThat(CommandLineUtils.translateCommandline(line)).containsExactly("-Xmx1g", argument, "-Dlast=1");
	}

	@Test
	void appendKeepsWhatIsThere() {
		assertThat(ArgLine.append("-javaagent:/r/jacoco.jar=destfile=/t/jacoco.exec", "-Dtestgov.manual=true"))
			.isEqualTo("-javaagent:/r/jacoco.jar=destfile=/t/jacoco.exec -Dtestgov.manual=true");
		assertThat(ArgLine.append(null, "-Dtestgov.manual=true")).isEqualTo("-Dtestgov.manual=true");
		assertThat(ArgLine.append("  -Xmx1g ", "")).isEqualTo("-Xmx1g");
	}

	@Test
	void appendingTwiceAddsOnce() {
		String once = ArgLine.append("-Xmx1g", "-Dtestgov.manual=true");

		assertThat(ArgLine.append(once, "-Dtestgov.manual=true")).isEqualTo(once);
	}
}
