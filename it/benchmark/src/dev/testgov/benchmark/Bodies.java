package dev.testgov.benchmark;

import java.util.Random;

/**
 * Bodies of generated methods: branches, loops, switches, collections and string handling over an int
 * {@code seed} (computed from the method's calls), always ending in {@code return result;} so that edits have one
 * shape to work on.
 */
final class Bodies {
	static final String RETURN = "        return result;\n";

	private final Random random;

	Bodies(Random random) {
		this.random = random;
	}

	String body(ValueType type, String seed) {
		return "        int seed = " + seed + ";\n" + switch (type) {
			case INT -> intShape();
			case LONG -> longShape();
			case STRING -> stringShape();
			case LIST -> listShape();
		} + RETURN;
	}

	/** The line a breaking edit inserts before the return: every caller's fold sees the difference. */
	static String breakingLine(ValueType type) {
		return switch (type) {
			case INT, LONG -> "        result = result * 31 + 7;\n";
			case STRING -> "        result = result + \"~\";\n";
			case LIST -> "        result.add(7);\n";
		};
	}

	/** A behaviour-preserving refactoring of the return: introduce an explaining variable. */
	static String refactoredReturn() {
		return "        final var outcome = result;\n        return outcome;\n";
	}

	private String intShape() {
		return switch (random.nextInt(5)) {
			case 0 -> """
					        int result;
					        if (x %% 3 == 0) {
					            result = seed * %d + %d;
					        } else if (x < 0) {
					            result = %d - seed;
					        } else {
					            result = seed - x / 2;
					        }
					""".formatted(k(2, 9), k(1, 40), k(1, 20));
			case 1 -> """
					        int result = %d;
					        for (int i = 0; i <= Math.floorMod(x, 7); i++) {
					            result = result * 31 + (i ^ seed);
					        }
					""".formatted(k(1, 50));
			case 2 -> """
					        int result = switch (Math.floorMod(seed, 4)) {
					            case 0 -> seed + %d;
					            case 1 -> seed * 2 - x;
					            case 2 -> x - seed;
					            default -> seed ^ 0x%x;
					        };
					""".formatted(k(1, 30), k(16, 255));
			case 3 -> """
					        List<Integer> parts = new ArrayList<>();
					        for (int i = 1; i <= 4; i++) {
					            parts.add(Math.floorMod(seed + x * i, %d + i));
					        }
					        Collections.sort(parts);
					        int result = parts.get(0) * 100 + parts.get(parts.size() - 1);
					""".formatted(k(5, 20));
			default -> """
					        String digits = Integer.toString(seed);
					        int result = %d;
					        for (char c : digits.toCharArray()) {
					            result = result * 3 + Character.getNumericValue(c);
					        }
					""".formatted(k(0, 9));
		};
	}

	private String longShape() {
		return switch (random.nextInt(3)) {
			case 0 -> """
					        long result = 1L;
					        for (int i = 1; i <= Math.floorMod(x, 6) + 1; i++) {
					            result = result * (Math.floorMod(seed, %d) + i + 2);
					        }
					""".formatted(k(3, 9));
			case 1 -> """
					        long result = (long) seed * seed + x * %d_000L;
					""".formatted(k(1, 9));
			default -> """
					        Map<Integer, Long> buckets = new TreeMap<>();
					        for (int i = 0; i < %d; i++) {
					            buckets.merge(Math.floorMod(seed + i * x, 3), (long) i * seed, Long::sum);
					        }
					        long result = buckets.values().stream().mapToLong(Long::longValue).sum() + buckets.size();
					""".formatted(k(3, 8));
		};
	}

	private String stringShape() {
		return switch (random.nextInt(4)) {
			case 0 -> """
					        String result = "%s-" + Math.floorMod(seed, 100) + (x %% 2 == 0 ? "e" : "o");
					""".formatted(word());
			case 1 -> """
					        StringBuilder letters = new StringBuilder();
					        for (int i = 0; i <= Math.floorMod(x, 5); i++) {
					            letters.append((char) ('a' + Math.floorMod(seed + i * %d, 26)));
					        }
					        String result = letters.toString();
					""".formatted(k(2, 11));
			case 2 -> """
					        String hex = Integer.toHexString(seed & 0xfff);
					        String result = hex.length() > 2 ? hex.substring(0, 2) + ":" + x : hex.repeat(2);
					""";
			default -> """
					        List<String> words = new ArrayList<>(List.of("north", "east", "south", "west"));
					        Collections.rotate(words, Math.floorMod(seed, 4));
					        String result = String.join("/", words.subList(0, Math.floorMod(x, 3) + 1)).toUpperCase();
					""";
		};
	}

	private String listShape() {
		return switch (random.nextInt(3)) {
			case 0 -> """
					        List<Integer> result = new ArrayList<>();
					        for (int i = 0; i < Math.floorMod(x, 5) + 2; i++) {
					            result.add(Math.floorMod(seed * (i + 1), %d));
					        }
					""".formatted(k(7, 31));
			case 1 -> """
					        List<Integer> result = new ArrayList<>(List.of(Math.floorMod(seed, 10), Math.floorMod(x, 10),
					                Math.floorMod(seed + x, 10)));
					        Collections.sort(result);
					""";
			default -> """
					        List<Integer> result = new ArrayList<>();
					        int rest = Math.abs(x * %d + seed);
					        while (rest > 0 && result.size() < 6) {
					            result.add(rest %% 10);
					            rest /= 10;
					        }
					""".formatted(k(11, 97));
		};
	}

	private String word() {
		String[] words = {"eu", "us", "net", "std", "max", "lot", "gross", "tare", "ref"};
		return words[random.nextInt(words.length)];
	}

	int k(int from, int to) {
		return from + random.nextInt(to - from + 1);
	}
}
