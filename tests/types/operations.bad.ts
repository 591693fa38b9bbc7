// Must NOT type-check: each line marked `// expect TSnnnn` has to fail with that error code, and
// no other line may fail (tests/types/run.sh compares the two lists).
import type {
  OperationBody,
  OperationPath,
  OperationQuery,
  OperationResult,
  Operations,
} from "../../pkg-template/operations.js";

export type Unknown = OperationResult<"droplets_fetch">; // expect TS2344
export type Misspelt = Operations["domains_Create"]; // expect TS2339
export const regionTypo: OperationQuery<"volumes_list"> = { regoin: "nyc3" }; // expect TS2561
export const noSuchRegion: OperationQuery<"volumes_list"> = { region: "mars1" }; // expect TS2322
export const pageAsText: OperationQuery<"droplets_list"> = { page: "2" }; // expect TS2322
export const queryless: OperationQuery<"droplets_get"> = { page: 1 }; // expect TS2322
export const numericName: OperationBody<"domains_create"> = { name: 42 }; // expect TS2322
export const specless: OperationBody<"apps_create"> = { project_id: "p" }; // expect TS2741
export const bodyless: OperationBody<"droplets_get"> = {}; // expect TS2322
export const noPath: OperationPath<"droplets_get"> = {}; // expect TS2741
export const voidResult: OperationResult<"droplets_destroy"> = { droplet: null }; // expect TS2322

export function misuse(result: OperationResult<"droplets_get">): void {
  console.log(result.droplet?.ip_address); // expect TS2339
  const id: string | undefined = result.droplet?.id; // expect TS2322
  console.log(id);
}
