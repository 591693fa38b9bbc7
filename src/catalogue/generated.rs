//! DO NOT EDIT: rows derived from `operations.tsv` for the operations the hand-written
//! table does not cover. Regenerate with `BLESS=1 cargo test --test catalogue_sync`.

#[allow(unused_imports)]
use super::Method::*;
#[allow(unused_imports)]
use super::Plan::*;
#[allow(unused_imports)]
use super::ReplyKind::*;

table_rows! {}
