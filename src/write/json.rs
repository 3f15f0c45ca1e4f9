//! The machine-readable result of the contract, as JSON bytes.
