package dev.testgov.it.bookshop;

public class Ebook extends Book {
}
