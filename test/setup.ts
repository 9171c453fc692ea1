import { disposeAll } from './helpers/dispose';

afterAll(async () => {
  await disposeAll();
});
