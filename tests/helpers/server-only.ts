// Tests run outside React Server Components; the real package would throw on import.
export {};
