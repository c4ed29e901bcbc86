package dev.kassa.adapters.mail;

/** The two parts of one mail, rendered from its templates. */
record RenderedMail(String text, String html) {}
