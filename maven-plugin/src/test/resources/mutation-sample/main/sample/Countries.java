package sample;

import java.util.List;
import java.util.Map;

/** Where the shop delivers, and each country's VAT rate in percent. */
public final class Countries {

	public static final String HOME = "DE";
	public static final List<String> SUPPORTED = List.of("DE", "FR", "CH", "AT");
	static final Map<String, Integer> VAT = Map.of("DE", 19, "FR", 20, "CH", 8, "AT", 20);

	private Countries() {
	}

	public static boolean delivers(String country) {
		return SUPPORTED.contains(country);
	}

	public static int vatRate(String country) {
		Integer rate = VAT.get(country);
		if (rate == null) {
			throw new IllegalArgumentException("no delivery to " + country);
		}
		return rate;
	}

	public static boolean isDomestic(String country) {
		return HOME.equals(country);
	}
}
