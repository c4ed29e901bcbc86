package dev.kassa.adapters.memory;

import java.util.UUID;

/** A row of the append-only journal, as the seal chain reads it. */
record JournalRow(String source, long sequence, UUID id, String content) {}
