//! Native tests of argument validation and request preparation, one table row per method
//! variant of the catalogue, plus the bad-argument cases of every argument kind.

// Native only: reads files / spawns processes / plain #[test]s.
#![cfg(not(target_arch = "wasm32"))]

#[path = "core_json.rs"]
mod core_json;
use core_json::parse_json;

use digitalocean_wasm::catalogue::{self, Plan};
use digitalocean_wasm::core::{plan, prepare, Config, Value};

/// Test arguments written as JSON.
fn j(text: &str) -> Value {
    parse_json(text).unwrap_or_else(|| panic!("not JSON: {text}"))
}

fn args(list: &str) -> Vec<Value> {
    match j(list) {
        Value::Arr(items) => items,
        other => panic!("not an array: {other:?}"),
    }
}

fn cfg() -> Config {
    Config::new(Some("http://sim:1"), Some("dop_v1_secret".into())).unwrap()
}

/// (method, args as JSON array, operationId, HTTP method, url after the endpoint, body)
const GOOD: &[(&str, &str, &str, &str, &str, &str)] = &[
    ("metaReset", "[]", "meta_reset", "POST", "/meta/reset", ""),
    ("metaPing", "[]", "meta_ping", "GET", "/meta/ping", ""),
    ("metaAccount", r#"[{"droplet_limit":2}]"#, "meta_account", "POST", "/meta/account", r#"{"droplet_limit":2}"#),
    ("metaStatistics", "[]", "meta_statistics", "GET", "/meta/statistics", ""),
    ("metaCapabilities", "[]", "meta_capabilities", "GET", "/meta/capabilities", ""),
    ("metaFaults", r#"[{"rate_429":0.5,"routes":["droplets_create"]}]"#, "meta_faults", "PUT", "/meta/faults", r#"{"rate_429":0.5,"routes":["droplets_create"]}"#),
    ("account", "[]", "account_get", "GET", "/v2/account", ""),
    ("actions", r#"[{"page":2}]"#, "actions_list", "GET", "/v2/actions?page=2", ""),
    ("action", "[7]", "actions_get", "GET", "/v2/actions/7", ""),
    ("volumes", "[]", "volumes_list", "GET", "/v2/volumes", ""),
    ("volumes", r#"[{"name":"data"}]"#, "volumes_list", "GET", "/v2/volumes?name=data", ""),
    ("createVolume", r#"[{"name":"v","size_gigabytes":10}]"#, "volumes_create", "POST", "/v2/volumes", r#"{"name":"v","size_gigabytes":10}"#),
    ("volume", r#"[{"id":"506f78a4-e098-11e5-ad9f-000f53306ae1"}]"#, "volumes_get", "GET", "/v2/volumes/506f78a4-e098-11e5-ad9f-000f53306ae1", ""),
    ("volume", r#"[{"name":"data","region":"nyc1"}]"#, "volumes_list", "GET", "/v2/volumes?name=data", ""),
    ("snapshots", r#"[{"volume":"abc"}]"#, "volumeSnapshots_list", "GET", "/v2/volumes/abc/snapshots", ""),
    ("snapshots", r#"[{"droplet":3}]"#, "droplets_list_snapshots", "GET", "/v2/droplets/3/snapshots", ""),
    ("snapshots", "[]", "snapshots_list", "GET", "/v2/snapshots", ""),
    ("snapshots", r#"[{"resource_type":"volume"}]"#, "snapshots_list", "GET", "/v2/snapshots?resource_type=volume", ""),
    ("snapshot", r#"["6372321"]"#, "snapshots_get", "GET", "/v2/snapshots/6372321", ""),
    ("createSnapshot", r#"["abc",{"name":"s"}]"#, "volumeSnapshots_create", "POST", "/v2/volumes/abc/snapshots", r#"{"name":"s"}"#),
    ("deleteVolume", r#"[{"id":"abc"}]"#, "volumes_delete", "DELETE", "/v2/volumes/abc", ""),
    ("deleteVolume", r#"[{"name":"data","region":"nyc1"}]"#, "volumes_delete_byName", "DELETE", "/v2/volumes?name=data&region=nyc1", ""),
    ("deleteSnapshot", "[12]", "snapshots_delete", "DELETE", "/v2/snapshots/12", ""),
    ("volumeAttach", r#"["abc",{"droplet_id":5,"region":"nyc1"}]"#, "volumeActions_post_byId", "POST", "/v2/volumes/abc/actions", r#"{"type":"attach","droplet_id":5,"region":"nyc1"}"#),
    ("volumeDetach", r#"["abc",{"droplet_id":5,"type":"attach"}]"#, "volumeActions_post_byId", "POST", "/v2/volumes/abc/actions", r#"{"type":"detach","droplet_id":5}"#),
    ("volumeResize", r#"["abc",{"size_gigabytes":100}]"#, "volumeActions_post_byId", "POST", "/v2/volumes/abc/actions", r#"{"type":"resize","size_gigabytes":100}"#),
    ("volumeActions", r#"["abc"]"#, "volumeActions_list", "GET", "/v2/volumes/abc/actions", ""),
    ("domains", "[]", "domains_list", "GET", "/v2/domains", ""),
    ("createDomain", r#"[{"name":"example.com"}]"#, "domains_create", "POST", "/v2/domains", r#"{"name":"example.com"}"#),
    ("domain", r#"["example.com"]"#, "domains_get", "GET", "/v2/domains/example.com", ""),
    ("deleteDomain", r#"["example.com"]"#, "domains_delete", "DELETE", "/v2/domains/example.com", ""),
    ("domainRecords", r#"["example.com"]"#, "domains_list_records", "GET", "/v2/domains/example.com/records", ""),
    ("domainRecords", r#"["example.com",{"type":"A"}]"#, "domains_list_records", "GET", "/v2/domains/example.com/records?type=A", ""),
    ("domainRecords", r#"["example.com",{"name":"www.example.com"}]"#, "domains_list_records", "GET", "/v2/domains/example.com/records?name=www.example.com", ""),
    ("createRecord", r#"["example.com",{"type":"A","name":"www","data":"1.2.3.4"}]"#, "domains_create_record", "POST", "/v2/domains/example.com/records", r#"{"type":"A","name":"www","data":"1.2.3.4"}"#),
    ("domainRecord", r#"["example.com",3352896]"#, "domains_get_record", "GET", "/v2/domains/example.com/records/3352896", ""),
    ("updateRecord", r#"["example.com","3352896",{"name":"blog"}]"#, "domains_update_record", "PUT", "/v2/domains/example.com/records/3352896", r#"{"name":"blog"}"#),
    ("deleteRecord", r#"["example.com",1]"#, "domains_delete_record", "DELETE", "/v2/domains/example.com/records/1", ""),
    ("createDroplet", r#"[{"name":"web","region":"nyc3","size":"s-1vcpu-1gb","image":"ubuntu-24-04-x64"}]"#, "droplets_create", "POST", "/v2/droplets", r#"{"name":"web","region":"nyc3","size":"s-1vcpu-1gb","image":"ubuntu-24-04-x64"}"#),
    ("droplet", r#"[{"id":3164444}]"#, "droplets_get", "GET", "/v2/droplets/3164444", ""),
    ("droplet", r#"[{"id":"3164444"}]"#, "droplets_get", "GET", "/v2/droplets/3164444", ""),
    ("droplet", r#"[{"id":9007199254740991}]"#, "droplets_get", "GET", "/v2/droplets/9007199254740991", ""),
    ("droplet", r#"[{"name":"web","region":"nyc3"}]"#, "droplets_list", "GET", "/v2/droplets?name=web", ""),
    ("droplets", "[]", "droplets_list", "GET", "/v2/droplets", ""),
    ("droplets", r#"[{"tag_name":"prod"}]"#, "droplets_list", "GET", "/v2/droplets?tag_name=prod", ""),
    ("dropletsAll", "[]", "droplets_list", "GET", "/v2/droplets", ""),
    ("backups", "[3]", "droplets_list_backups", "GET", "/v2/droplets/3/backups", ""),
    ("dropletActions", r#"[{"id":3}]"#, "dropletActions_list", "GET", "/v2/droplets/3/actions", ""),
    ("kernels", r#"[{"id":3}]"#, "droplets_list_kernels", "GET", "/v2/droplets/3/kernels", ""),
    ("neighbors", r#"[{"id":3}]"#, "droplets_list_neighbors", "GET", "/v2/droplets/3/neighbors", ""),
    ("deleteDroplet", r#"[{"id":3}]"#, "droplets_destroy", "DELETE", "/v2/droplets/3", ""),
    ("deleteDroplet", r#"[{"tag":"old web"}]"#, "droplets_destroy_byTag", "DELETE", "/v2/droplets?tag_name=old%20web", ""),
    ("associatedResources", r#"[{"id":3}]"#, "droplets_list_associatedResources", "GET", "/v2/droplets/3/destroy_with_associated_resources", ""),
    ("associatedResources", r#"[{"checkStatus":3}]"#, "droplets_get_DestroyAssociatedResourcesStatus", "GET", "/v2/droplets/3/destroy_with_associated_resources/status", ""),
    ("deleteWithAssociatedResources", r#"[{"id":3}]"#, "droplets_destroy_withAssociatedResourcesDangerous", "DELETE", "/v2/droplets/3/destroy_with_associated_resources/dangerous", ""),
    ("deleteSelectiveAssociatedResources", r#"[{"id":3},{"volumes":["v1"]}]"#, "droplets_destroy_withAssociatedResourcesSelective", "DELETE", "/v2/droplets/3/destroy_with_associated_resources/selective", r#"{"volumes":["v1"]}"#),
    ("autoscalepoolsDeleteDangerous", r#"["0d3db13e-a604-4944-9827-7ec2642d32ac"]"#, "autoscalepools_delete_dangerous", "DELETE", "/v2/droplets/autoscale/0d3db13e-a604-4944-9827-7ec2642d32ac/dangerous", ""),
    ("retryDeleteWithAssociatedResources", r#"[{"id":3}]"#, "droplets_destroy_retryWithAssociatedResources", "POST", "/v2/droplets/3/destroy_with_associated_resources/retry", ""),
    ("enableBackups", r#"[{"id":3}]"#, "dropletActions_post", "POST", "/v2/droplets/3/actions", r#"{"type":"enable_backups"}"#),
    ("disableBackups", r#"[{"tag":"t"}]"#, "dropletActions_post_byTag", "POST", "/v2/droplets/actions?tag_name=t", r#"{"type":"disable_backups"}"#),
    ("powerCycle", r#"[{"id":3}]"#, "dropletActions_post", "POST", "/v2/droplets/3/actions", r#"{"type":"power_cycle"}"#),
    ("shutdown", r#"[{"tag":"t"}]"#, "dropletActions_post_byTag", "POST", "/v2/droplets/actions?tag_name=t", r#"{"type":"shutdown"}"#),
    ("powerOn", r#"[{"id":3}]"#, "dropletActions_post", "POST", "/v2/droplets/3/actions", r#"{"type":"power_on"}"#),
    ("passwordReset", r#"[{"tag":"t"}]"#, "dropletActions_post", "GET", "/v2/droplets?tag_name=t", ""),
    ("enableIpv6", r#"[{"tag":"t"}]"#, "dropletActions_post_byTag", "POST", "/v2/droplets/actions?tag_name=t", r#"{"type":"enable_ipv6"}"#),
    ("reboot", r#"[{"id":3}]"#, "dropletActions_post", "POST", "/v2/droplets/3/actions", r#"{"type":"reboot"}"#),
    ("reboot", r#"[{"tag":"web"}]"#, "dropletActions_post", "GET", "/v2/droplets?tag_name=web", ""),
    ("powerOff", r#"[{"tag":"web"}]"#, "dropletActions_post_byTag", "POST", "/v2/droplets/actions?tag_name=web", r#"{"type":"power_off"}"#),
    ("restore", r#"[{"id":3},12389723]"#, "dropletActions_post", "POST", "/v2/droplets/3/actions", r#"{"type":"restore","image":12389723}"#),
    ("resize", r#"[{"id":3},"s-2vcpu-2gb",true]"#, "dropletActions_post", "POST", "/v2/droplets/3/actions", r#"{"type":"resize","size":"s-2vcpu-2gb","disk":true}"#),
    ("resize", r#"[{"id":3},"s-2vcpu-2gb"]"#, "dropletActions_post", "POST", "/v2/droplets/3/actions", r#"{"type":"resize","size":"s-2vcpu-2gb"}"#),
    ("rebuild", r#"[{"id":3},"ubuntu-24-04-x64"]"#, "dropletActions_post", "POST", "/v2/droplets/3/actions", r#"{"type":"rebuild","image":"ubuntu-24-04-x64"}"#),
    ("rename", r#"[{"id":3},"new-name"]"#, "dropletActions_post", "POST", "/v2/droplets/3/actions", r#"{"type":"rename","name":"new-name"}"#),
    ("changeKernel", r#"[{"id":3},7515]"#, "dropletActions_post", "POST", "/v2/droplets/3/actions", r#"{"type":"change_kernel","kernel":7515}"#),
    ("createDropletSnapshot", r#"[{"id":3}]"#, "dropletActions_post", "POST", "/v2/droplets/3/actions", r#"{"type":"snapshot"}"#),
    ("createDropletSnapshot", r#"[{"tag":"web"},"nightly"]"#, "dropletActions_post_byTag", "POST", "/v2/droplets/actions?tag_name=web", r#"{"type":"snapshot","name":"nightly"}"#),
    ("enablePrivateNetworking", r#"[{"id":3}]"#, "dropletActions_post", "POST", "/v2/droplets/3/actions", r#"{"type":"enable_private_networking"}"#),
    ("images", r#"[{"private":true}]"#, "images_list", "GET", "/v2/images?private=true", ""),
    ("images", r#"[{"type":"distribution"}]"#, "images_list", "GET", "/v2/images?type=distribution", ""),
    ("images", r#"[{"tag_name":"base"}]"#, "images_list", "GET", "/v2/images?tag_name=base", ""),
    ("imagesAll", r#"[{"type":"application"}]"#, "images_list", "GET", "/v2/images?type=application", ""),
    ("image", r#"["ubuntu-24-04-x64"]"#, "images_get", "GET", "/v2/images/ubuntu-24-04-x64", ""),
    ("createCustomImage", r#"[{"name":"c","url":"http://x/i.img","region":"nyc3"}]"#, "images_create_custom", "POST", "/v2/images", r#"{"name":"c","url":"http://x/i.img","region":"nyc3"}"#),
    ("updateImage", r#"[7,{"name":"n"}]"#, "images_update", "PUT", "/v2/images/7", r#"{"name":"n"}"#),
    ("deleteImage", "[7]", "images_delete", "DELETE", "/v2/images/7", ""),
    ("imageActions", "[7]", "imageActions_list", "GET", "/v2/images/7/actions", ""),
    ("imageAction", r#"[7,{"type":"convert"}]"#, "imageActions_post", "POST", "/v2/images/7/actions", r#"{"type":"convert"}"#),
    ("transferImage", r#"[7,"ams3"]"#, "imageActions_post", "POST", "/v2/images/7/actions", r#"{"type":"transfer","region":"ams3"}"#),
    ("convertImage", "[7]", "imageActions_post", "POST", "/v2/images/7/actions", r#"{"type":"convert"}"#),
    ("regions", "[]", "regions_list", "GET", "/v2/regions", ""),
    ("sizes", r#"[{"per_page":200}]"#, "sizes_list", "GET", "/v2/sizes?per_page=200", ""),
    ("keys", "[]", "sshKeys_list", "GET", "/v2/account/keys", ""),
    ("createKey", r#"[{"name":"k","public_key":"ssh-rsa AAA"}]"#, "sshKeys_create", "POST", "/v2/account/keys", r#"{"name":"k","public_key":"ssh-rsa AAA"}"#),
    ("key", r#"["3b:16:bf:e4:8b:00:8b:b8:59:8c:a9:d3:f0:19:45:fa"]"#, "sshKeys_get", "GET", "/v2/account/keys/3b%3A16%3Abf%3Ae4%3A8b%3A00%3A8b%3Ab8%3A59%3A8c%3Aa9%3Ad3%3Af0%3A19%3A45%3Afa", ""),
    ("updateKey", r#"[512189,{"name":"n"}]"#, "sshKeys_update", "PUT", "/v2/account/keys/512189", r#"{"name":"n"}"#),
    ("deleteKey", "[512189]", "sshKeys_delete", "DELETE", "/v2/account/keys/512189", ""),
    ("tags", "[]", "tags_list", "GET", "/v2/tags", ""),
    ("createTag", r#"[{"name":"web"}]"#, "tags_create", "POST", "/v2/tags", r#"{"name":"web"}"#),
    ("tag", r#"["web"]"#, "tags_get", "GET", "/v2/tags/web", ""),
    ("deleteTag", r#"["web"]"#, "tags_delete", "DELETE", "/v2/tags/web", ""),
    ("tagResources", r#"["web",{"resources":[]}]"#, "tags_assign_resources", "POST", "/v2/tags/web/resources", r#"{"resources":[]}"#),
    ("untagResources", r#"["web",{"resources":[]}]"#, "tags_unassign_resources", "DELETE", "/v2/tags/web/resources", r#"{"resources":[]}"#),
];

#[test]
fn every_variant_prepares_the_documented_request() {
    let mut passed = 0;
    for (js, list, key, method, url, body) in GOOD {
        let call = prepare(&cfg(), js, &args(list)).unwrap_or_else(|e| panic!("{js}{list}: {e}"));
        let req = &call.request;
        assert_eq!(call.op.key, *key, "{js}{list}");
        assert_eq!(req.method.as_str(), *method, "{js}{list}");
        assert_eq!(req.url, format!("http://sim:1{url}"), "{js}{list}");
        assert_eq!(req.body.as_deref().unwrap_or(""), *body, "{js}{list}");
        assert!(!req.url.contains("secret"));
        passed += 1;
    }
    // Every JS method of the hand-written table appears in the table above.
    for name in catalogue::ROWS.iter().map(|r| r.js) {
        assert!(GOOD.iter().any(|g| g.0 == name), "no test row for {name}");
    }
    println!("{passed} variants prepared");
}

#[test]
fn the_dangerous_delete_sends_its_header() {
    let call = prepare(
        &cfg(),
        "deleteWithAssociatedResources",
        &args(r#"[{"id":1}]"#),
    )
    .unwrap();
    assert!(call
        .request
        .headers
        .iter()
        .any(|(k, v)| *k == "X-Dangerous" && v == "true"));
}

#[test]
fn the_dangerous_autoscale_pool_delete_sends_its_header() {
    // The API requires `X-Dangerous: true` (a required header parameter); a generated row has
    // no way to send a header, so Prism answered 422 "must have required property 'x-dangerous'".
    let call = prepare(
        &cfg(),
        "autoscalepoolsDeleteDangerous",
        &args(r#"["0d3db13e-a604-4944-9827-7ec2642d32ac"]"#),
    )
    .unwrap();
    assert_eq!(call.request.method.as_str(), "DELETE");
    assert_eq!(
        call.request.path,
        "/v2/droplets/autoscale/0d3db13e-a604-4944-9827-7ec2642d32ac/dangerous"
    );
    assert!(call
        .request
        .headers
        .iter()
        .any(|(k, v)| *k == "X-Dangerous" && v == "true"));
}

#[test]
fn plans_are_chosen_by_argument_shape() {
    let cases = [
        ("droplet", r#"[{"id":1}]"#, Plan::Single),
        (
            "droplet",
            r#"[{"name":"a","region":"b"}]"#,
            Plan::FindByName,
        ),
        ("volume", r#"[{"name":"a","region":"b"}]"#, Plan::FindByName),
        ("reboot", r#"[{"tag":"t"}]"#, Plan::TagFanOut),
        ("rename", r#"[{"tag":"t"},"n"]"#, Plan::TagFanOut),
        ("shutdown", r#"[{"tag":"t"}]"#, Plan::Single),
        ("dropletsAll", "[]", Plan::AllPages),
        ("imagesAll", r#"[{"private":true}]"#, Plan::AllPages),
        (
            "createDroplet",
            r#"[{"names":["a","b"]}]"#,
            Plan::CreateReread,
        ),
    ];
    for (js, list, expected) in cases {
        assert_eq!(
            prepare(&cfg(), js, &args(list)).unwrap().plan,
            expected,
            "{js}{list}"
        );
    }
}

#[test]
fn tag_fan_out_posts_the_action_body_to_each_droplet() {
    let call = prepare(&cfg(), "resize", &args(r#"[{"tag":"web"},"s-2",false]"#)).unwrap();
    let p = plan::fan_out(&cfg(), &call, "41").unwrap();
    assert_eq!(p.url, "http://sim:1/v2/droplets/41/actions");
    assert_eq!(
        p.body.as_deref(),
        Some(r#"{"type":"resize","size":"s-2","disk":false}"#)
    );
    assert_eq!(p.method.as_str(), "POST");
}

#[test]
fn page_size_applies_to_walks_only() {
    let mut cfg = cfg();
    cfg.page_size = Some(2);
    let url = |js: &str, list: &str| prepare(&cfg, js, &args(list)).unwrap().request.url;
    assert_eq!(
        url("dropletsAll", "[]"),
        "http://sim:1/v2/droplets?per_page=2"
    );
    assert_eq!(
        url("dropletsAll", r#"[{"per_page":5}]"#),
        "http://sim:1/v2/droplets?per_page=5"
    );
    assert_eq!(
        url("droplet", r#"[{"name":"a","region":"r"}]"#),
        "http://sim:1/v2/droplets?name=a&per_page=2"
    );
    assert_eq!(
        url("reboot", r#"[{"tag":"t"}]"#),
        "http://sim:1/v2/droplets?per_page=2&tag_name=t"
    );
    assert_eq!(url("droplets", "[]"), "http://sim:1/v2/droplets");
}

/// (method, args, a fragment the message must contain)
const BAD: &[(&str, &str, &str)] = &[
    ("droplet", "[]", "droplet"),
    ("droplet", "[{}]", "droplet"),
    ("droplet", "[null]", "droplet"),
    ("droplet", r#"[{"id":"abc"}]"#, "`id`"),
    ("droplet", r#"[{"id":""}]"#, "`id`"),
    ("droplet", r#"[{"id":1.5}]"#, "`id`"),
    ("droplet", r#"[{"id":-1}]"#, "`id`"),
    ("droplet", r#"[{"id":true}]"#, "`id`"),
    ("droplet", r#"[{"id":[1]}]"#, "`id`"),
    ("droplet", r#"[{"id":9007199254740992}]"#, "`id`"),
    ("droplet", r#"[{"id":1e21}]"#, "`id`"),
    ("image", "[1e300]", "`id`"),
    ("actions", r#"[{"page":1e100}]"#, "`page`"),
    ("droplet", r#"[{"id":1,"extra":2}]"#, "`extra`"),
    ("droplet", r#"[{"name":"web"}]"#, "`region`"),
    ("droplet", r#"[{"name":"","region":"nyc3"}]"#, "`name`"),
    ("droplet", r#"[{"name":"  ","region":"nyc3"}]"#, "`name`"),
    (
        "droplet",
        r#"[{"id":1,"name":"web","region":"nyc3"}]"#,
        "not both",
    ),
    ("droplet", "[5]", "droplet"),
    ("reboot", r#"[{"id":1,"tag":"web"}]"#, "`tag`"),
    ("reboot", r#"[{"tag":""}]"#, "`tag`"),
    ("reboot", r#"[{"id":1},2]"#, "at most"),
    ("resize", r#"[{"id":1}]"#, "`size`"),
    ("resize", r#"[{"id":1},"s",1]"#, "`diskResize`"),
    ("rename", r#"[{"id":1},""]"#, "`name`"),
    ("restore", r#"[{"id":1},"snap"]"#, "`image`"),
    ("domain", "[]", "`name`"),
    ("domain", r#"[""]"#, "`name`"),
    ("domain", r#"["."]"#, "`domain_name`"),
    ("domain", r#"[".."]"#, "`domain_name`"),
    ("domain", "[3]", "`name`"),
    ("domainRecords", r#"["x.com",{"ttl":3}]"#, "`ttl`"),
    ("domainRecords", r#"["x.com","A"]"#, "object"),
    ("domainRecord", r#"["x.com","1a"]"#, "`id`"),
    ("createDroplet", "[]", "`hash`"),
    ("createDroplet", r#"["web"]"#, "`hash`"),
    ("createDroplet", "[[]]", "`hash`"),
    ("volumeAttach", r#"["",{"droplet_id":1}]"#, "`volumeId`"),
    ("images", r#"[{"private":"yes"}]"#, "`private`"),
    ("images", r#"[{"page":0.5}]"#, "`page`"),
    ("deleteVolume", r#"[{"name":"v"}]"#, "`region`"),
    (
        "deleteVolume",
        r#"[{"id":"v","name":"v","region":"r"}]"#,
        "not both",
    ),
    ("snapshots", r#"[{"volume":"v","droplet":1}]"#, "not both"),
    (
        "associatedResources",
        r#"[{"id":1,"checkStatus":1}]"#,
        "not both",
    ),
    ("metaAccount", "[5]", "`hash`"),
    // Generated rows: the message names the camelCase method, not the operationId.
    ("vpcsCreate", "[]", "`hash`"),
    ("vpcsGet", "[]", "`vpc_id`"),
    ("vpcsGet", r#"[".."]"#, "`vpc_id`"),
    ("firewallsDelete", "[1, 2]", "`query`"),
    ("noSuchMethod", "[]", "noSuchMethod"),
];

#[test]
fn bad_arguments_fail_before_any_request_and_name_the_argument() {
    for (js, list, fragment) in BAD {
        let e = match prepare(&cfg(), js, &args(list)) {
            Ok(call) => panic!("{js}{list} prepared {}", call.request.url),
            Err(e) => e,
        };
        assert_eq!((e.status, e.id.as_str()), (0, "bad_argument"), "{js}{list}");
        assert!(
            e.message.contains(fragment),
            "{js}{list}: message {:?} lacks {fragment:?}",
            e.message
        );
        // Every message starts with the JS method the user called.
        let named = e.message.starts_with(&format!("{js}: "))
            || e.message == format!("`{js}` is not a known method");
        assert!(
            named,
            "{js}{list}: message {:?} does not start with the method",
            e.message
        );
        assert!(!e.to_string().contains("secret"));
    }
    println!("{} bad argument cases rejected", BAD.len());
}

#[test]
fn hostile_path_values_stay_in_their_segment() {
    let cases = [
        (r#"["../droplets"]"#, "/v2/domains/..%2Fdroplets"),
        (r#"["%2e%2e"]"#, "/v2/domains/%252e%252e"),
        (r#"["a/../../b"]"#, "/v2/domains/a%2F..%2F..%2Fb"),
        (r#"["x.com?admin=1"]"#, "/v2/domains/x.com%3Fadmin%3D1"),
        (r#"["bücher.de"]"#, "/v2/domains/b%C3%BCcher.de"),
    ];
    for (list, path) in cases {
        let call = prepare(&cfg(), "domain", &args(list)).unwrap();
        assert_eq!(call.request.path, path);
        assert_eq!(call.request.url, format!("http://sim:1{path}"));
    }
}

#[test]
fn the_core_is_sans_io() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core");
    let forbidden = [
        "wasm_bindgen",
        "js_sys",
        "web_sys",
        "gloo",
        "SystemTime",
        "Instant",
        "thread_rng",
        "getrandom",
    ];
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        let code = text.lines().filter(|l| !l.trim_start().starts_with("//"));
        for line in code {
            for word in forbidden {
                assert!(
                    !line.contains(word),
                    "{} uses {word}: {line}",
                    path.display()
                );
            }
        }
        files += 1;
    }
    assert!(files >= 10);
}

#[test]
fn generated_rows_take_path_params_then_body_then_query() {
    if catalogue::GENERATED.is_empty() {
        println!("SKIP: no generated rows");
        return;
    }
    let cases = [
        (
            "vpcsGet",
            r#"["5a4981aa-9653-4bd1-bef5-d6bff52042e4"]"#,
            "GET",
            "/v2/vpcs/5a4981aa-9653-4bd1-bef5-d6bff52042e4",
            "",
        ),
        (
            "vpcsList",
            r#"[{"page":2,"per_page":10}]"#,
            "GET",
            "/v2/vpcs?page=2&per_page=10",
            "",
        ),
        (
            "vpcsCreate",
            r#"[{"name":"net","region":"nyc1"}]"#,
            "POST",
            "/v2/vpcs",
            r#"{"name":"net","region":"nyc1"}"#,
        ),
        ("firewallsDelete", r#"[7]"#, "DELETE", "/v2/firewalls/7", ""),
    ];
    for (js, list, method, url, body) in cases {
        let call = prepare(&cfg(), js, &args(list)).unwrap_or_else(|e| panic!("{js}: {e}"));
        assert_eq!(call.request.method.as_str(), method, "{js}");
        assert_eq!(call.request.url, format!("http://sim:1{url}"), "{js}");
        assert_eq!(call.request.body.as_deref().unwrap_or(""), body, "{js}");
    }
    let e = prepare(&cfg(), "vpcsCreate", &[]).unwrap_err();
    assert!(e.message.contains("`hash`"), "{}", e.message);
    let e = prepare(&cfg(), "vpcsGet", &args(r#"["../x"]"#)).map(|c| c.request.path);
    assert_eq!(e.unwrap(), "/v2/vpcs/..%2Fx");
}

#[test]
fn an_empty_body_object_is_sent_and_a_missing_one_is_not() {
    let body = |js: &str, list: &str| {
        let call = prepare(&cfg(), js, &args(list)).unwrap_or_else(|e| panic!("{js}{list}: {e}"));
        call.request.body
    };
    // `{}` given is `{}` sent (a JSON body whose properties are all optional).
    assert_eq!(body("createTag", "[{}]").as_deref(), Some("{}"));
    assert_eq!(body("updateKey", "[1, {}]").as_deref(), Some("{}"));
    if !catalogue::GENERATED.is_empty() {
        assert_eq!(body("appsRestart", r#"["a", {}]"#).as_deref(), Some("{}"));
        // An optional body left out is no body.
        assert_eq!(body("appsRestart", r#"["a"]"#), None);
    }
    // A body without a key but a fixed one still has it; fields bound from `{id}`-style
    // arguments never add a body.
    assert_eq!(
        body("reboot", r#"[{"id":1}]"#).as_deref(),
        Some(r#"{"type":"reboot"}"#)
    );
    assert_eq!(body("droplet", r#"[{"id":1}]"#), None);
}

#[test]
fn documents_are_asked_for_in_their_media_type() {
    if catalogue::GENERATED.is_empty() {
        println!("SKIP: no generated rows");
        return;
    }
    let accept = |js: &str| {
        let call = prepare(&cfg(), js, &args(r#"["abc"]"#)).unwrap_or_else(|e| panic!("{js}: {e}"));
        let found = call.request.headers.iter().find(|(k, _)| k == "Accept");
        found.map(|(_, v)| v.clone()).unwrap_or_default()
    };
    assert_eq!(accept("kubernetesGetKubeconfig"), "application/yaml");
    assert_eq!(accept("invoicesGetCsvByUUID"), "text/csv");
    assert_eq!(accept("invoicesGetPdfByUUID"), "application/pdf");
    assert_eq!(accept("vpcsGet"), "application/json");
}

#[test]
fn generated_lists_have_every_page_twins() {
    if catalogue::GENERATED.is_empty() {
        println!("SKIP: no generated rows");
        return;
    }
    let mut cfg = cfg();
    cfg.page_size = Some(3);
    // The twin walks every page, with the client's page size; the list itself does not.
    let all = prepare(&cfg, "vpcsListAll", &[]).unwrap();
    assert_eq!(all.op.plan, Plan::AllPages);
    assert_eq!(all.op.key, "vpcs_list");
    assert_eq!(all.request.url, "http://sim:1/v2/vpcs?per_page=3");
    let one = prepare(&cfg, "vpcsList", &[]).unwrap();
    assert_eq!(one.op.plan, Plan::Single);
    assert_eq!(one.request.url, "http://sim:1/v2/vpcs");
    // Path parameters and the query's own per_page, as in the list.
    let firewalls = prepare(
        &cfg,
        "dropletsListFirewallsAll",
        &args(r#"[7, {"per_page": 50}]"#),
    )
    .unwrap();
    assert_eq!(
        firewalls.request.url,
        "http://sim:1/v2/droplets/7/firewalls?per_page=50"
    );
    // Every generated list has its twin, and nothing else has one; a list keyed by id (an
    // object, not an array) is a plain body without a twin.
    let names = catalogue::method_names();
    for row in catalogue::compact::rows(catalogue::GENERATED) {
        let name = catalogue::facade_name(&row);
        let is_list = matches!(row.reply, catalogue::ReplyKind::List(_));
        if row.plan == Plan::Single {
            assert_eq!(names.contains(&format!("{name}All")), is_list, "{name}");
        } else {
            assert!(is_list && name.ends_with("All"), "{name}");
        }
    }
    assert!(catalogue::variants("dropletsListBackupPoliciesAll")
        .next()
        .is_none());
    assert!(catalogue::variants("dropletsListBackupPolicies")
        .next()
        .is_some());
}

#[test]
fn find_by_name_picks_the_lowest_id_whatever_the_order() {
    use digitalocean_wasm::core::ItemFact;
    let call = prepare(
        &cfg(),
        "droplet",
        &args(r#"[{"name":"web","region":"nyc3"}]"#),
    )
    .unwrap();
    let item = |id: &str, name: &str, region: &str| ItemFact {
        id: id.into(),
        name: Some(name.into()),
        region: Some(region.into()),
    };
    let items = [
        item("900", "web", "nyc3"),
        item("7", "web", "ams3"),
        item("1000", "web", "nyc3"),
        item("25", "web", "nyc3"),
        item("3", "web-2", "nyc3"),
    ];
    // Every rotation and the reverse: the pick is always id 25.
    for shift in 0..items.len() {
        let mut order: Vec<ItemFact> = items.to_vec();
        order.rotate_left(shift);
        let picked = plan::pick(&call, &order).map(|i| order[i].id.clone());
        assert_eq!(picked.as_deref(), Some("25"), "rotation {shift}");
        order.reverse();
        let picked = plan::pick(&call, &order).map(|i| order[i].id.clone());
        assert_eq!(picked.as_deref(), Some("25"), "reversed rotation {shift}");
    }
    // Numeric ids compare as numbers ("1000" > "900"), UUIDs as text.
    let volume = prepare(&cfg(), "volume", &args(r#"[{"name":"v","region":"r"}]"#)).unwrap();
    let uuids = [item("b-2", "v", "r"), item("a-9", "v", "r")];
    assert_eq!(plan::pick(&volume, &uuids), Some(1));
}
