package sample;

import java.util.HashMap;
import java.util.Map;

/** The currencies the shop takes, with their symbols. */
public enum Currency {
	EUR("€", 1), USD("$", 2), CHF("Fr.", 3);

	private static final Map<String, Currency> BY_CODE = new HashMap<>();

	static {
		for (Currency currency : values()) {
			BY_CODE.put(currency.name(), currency);
		}
	}

	private final String symbol;
	private final int rank;

	Currency(String symbol, int rank) {
		this.symbol = symbol;
		this.rank = rank;
	}

	public String code() {
		return name();
	}

	public String symbol() {
		return symbol;
	}

	public int rank() {
		return rank;
	}

	public static Currency of(String code) {
		Currency currency = BY_CODE.get(code);
		if (currency == null) {
			throw new IllegalArgumentException("unknown currency " + code);
		}
		return currency;
	}
}
