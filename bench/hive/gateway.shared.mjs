// Settings both Hive contenders of `npm run bench -- gateways` share (bench/README.md).
//
// - Subscriptions: Hive's default subgraph transport asks for subscriptions over HTTP (SSE or
//   multipart), which our subgraphs do not serve; they speak graphql-ws on /graphql, as our router uses.
// - Identity (workload `mix`): each request carries, per subgraph, the forwarded identity our router
//   would have signed (`x-bench-auth-<subgraph>`, signed by the bench); it goes to that subgraph as
//   `x-hubgraph-auth`. Requests without it (the other workloads) are sent on unchanged.
export const sharedConfig = {
  transportEntries: {
    '*.http': { options: { subscriptions: { kind: 'ws', location: '/graphql' } } },
  },
  propagateHeaders: {
    fromClientToSubgraphs({ request, subgraphName }) {
      const token = request.headers.get(`x-bench-auth-${subgraphName.toLowerCase()}`);
      return token ? { 'x-hubgraph-auth': token } : {};
    },
  },
};
