/** How many open requests the menu badge and the counts look at; beyond that they say "100+". */
export const REQUEST_COUNT_LIMIT = 100;
