//! Test data shared by the native tests (`core_hostile.rs`, through `#[path]`) and the wasm
//! tests (through `common`): no dependency beyond std.

/// Rows texts a caller of `dispatch` might pass that are not catalogue rows.
pub fn malformed_rows_texts() -> Vec<String> {
    let mut texts: Vec<String> = [
        "",
        "\n",
        "garbage",
        "droplet|droplets_get|Get|/v2/droplets/{droplet_id}",
        "droplets_get|GET|/v2/dro",
        "x_get|BREW|/v2/x|@|B",
        "x_get|GET|/v2/x|@|L:",
        "x|x_get|Get|/v2/x|||Body|Sometimes",
        "x|x_get|Get|/v2/x|{id:nope>p.x}||Body|Single",
        "x|x_get|Get|/v2/x|{id:id>p.x|b.type=1|Body|Single",
        "x|x_get|Get|/v2/x||k.type=x|Body|Single",
        "x|x_get|Get|/v2/x|{}||Body|Single",
        "x|x_get|Get|/v2/x|?|x|Body|Single",
        "vpcs_list|GET|/v2/vpcs|@|L:vpcs\nnonsense",
        "vpcs_list|GET|/v2/vpcs|@|L:vpcs\n",
        "é|ü|Get|/ß|||Body|Single|",
        // A hand-written row's path must start with `/`: appended to the endpoint, these
        // would change its host (`https://api.digitalocean.com.evil.example/x`) or port.
        "x|x_get|Get|.evil.example/x|||Body|Single",
        "x|x_get|Get|@evil.example/x|||Body|Single",
        "x|x_get|Get|:8080/x|||Body|Single",
        "x|x_get|Get||||Body|Single",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    texts.push("a|".repeat(400_000));
    texts.push("\n".repeat(100_000));
    texts.push(format!(
        "x|x_get|Get|/v2/x|{}||Body|Single",
        "{".repeat(50_000)
    ));
    texts
}
