//! Generator of the JS facade data and TypeScript declarations (filled in below).
