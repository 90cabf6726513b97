// The stub moved to @vs/testing so the fault scripts (bench/faults) count sends with it too.
export { NotifyStub } from '@vs/testing';
export type { StubNotification } from '@vs/testing';
