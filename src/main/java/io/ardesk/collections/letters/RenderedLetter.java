package io.ardesk.collections.letters;

/** A letter ready to archive and send: subject and HTML body. The PDF copy is made from the same model. */
public record RenderedLetter(String subject, String html) {}
