package sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ShippingTest {

	@Test
	void freeAtHomeFromTheThreshold() {
		Basket basket = new Basket().add(new Product("lamp", Money.of(Shipping.FREE_FROM_CENTS)), 1);
		assertEquals(0, Shipping.cost(basket, "DE").cents());
	}

	@Test
	void paidAtHomeBelowTheThreshold() {
		Basket basket = new Basket().add(new Product("mug", Money.of(800)), 1);
		assertEquals(495, Shipping.cost(basket, "DE").cents());
	}

	@Test
	void paidAbroadWhateverTheTotal() {
		Basket basket = new Basket().add(new Product("lamp", Money.of(9000)), 1);
		assertEquals(1290, Shipping.cost(basket, "AT").cents());
	}

	@Test
	void ebooksShipForFree() {
		Basket basket = new Basket().add(new Ebook("Emma", Money.of(499)), 1);
		assertEquals(0, Shipping.cost(basket, "CH").cents());
	}
}
