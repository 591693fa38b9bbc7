// The lists a droplet form chooses from (regions, sizes, images, SSH keys), loaded once per client.

/** The API's largest page size: small lists come back in one request. */
export const LARGEST_PAGE = 200;
let cached = null; // { client, promise }

async function load(client) {
  const [regions, sizes, images, keys] = await Promise.all([
    client.regions({ per_page: LARGEST_PAGE }),
    client.sizes({ per_page: LARGEST_PAGE }),
    client.images({ type: "distribution", per_page: LARGEST_PAGE }),
    client.keys({ per_page: LARGEST_PAGE }),
  ]);
  return {
    regions: regions.regions.filter((r) => r.available !== false),
    sizes: sizes.sizes.filter((s) => s.available !== false),
    images: images.images,
    keys: keys.ssh_keys,
  };
}

/** Regions, sizes, distribution images and SSH keys of `client`'s account (cached; a failure is retried next time). */
export function catalogue(client) {
  if (cached?.client !== client) {
    const promise = load(client);
    cached = { client, promise };
    promise.catch(() => {
      if (cached?.promise === promise) cached = null;
    });
  }
  return cached.promise;
}

/** A size's option label: "s-1vcpu-1gb · 1 vCPU, 1 GB · $6/mo". */
export function sizeLabel(size) {
  const memory = size.memory >= 1024 ? `${size.memory / 1024} GB` : `${size.memory} MB`;
  return `${size.slug} · ${size.vcpus} vCPU, ${memory} · $${size.price_monthly}/mo`;
}
