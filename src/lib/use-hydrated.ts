"use client";

import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False while the server renders and while React hydrates the page, true from then on (and
 * at once for anything mounted later): for what a page's HTML can leave out and add when
 * its script runs.
 */
export const useHydrated = () => useSyncExternalStore(noSubscription, () => true, () => false);
