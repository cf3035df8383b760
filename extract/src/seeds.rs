//! Reading the seed pages (other renderings of parts of the manual) for cross-checks.
