import { disposeAll } from './helpers/stack';

afterAll(async () => {
  await disposeAll();
});
