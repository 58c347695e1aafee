package org.govmedia.workflow.overdue;

import java.util.List;

/**
 * A page of the overdue list: {@code count} items in all, {@code pages} pages of {@code size}, this
 * one {@code number}, items {@code first} to {@code last} (from 1; both 0 when the page is empty).
 */
public record OverduePage(int count, int number, int size, int pages, int first, int last,
    List<OverdueItem> items) {}
