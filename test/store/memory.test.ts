import { createMemoryStore } from "../../src/store/memory.ts";
import { storeContract } from "./contract.ts";

storeContract({
  name: "memory",
  durable: false,
  replicas: false,
  open: async (options) => createMemoryStore(options),
});
