/* A minimal KVM vCPU loop: the shape every KVM user-space follows. */
#include <fcntl.h>
#include <linux/kvm.h>
#include <stdio.h>
#include <sys/ioctl.h>

static int handle_io(struct kvm_run *run)
{
	char *data = (char *)run + run->io.data_offset;
	if (run->io.direction == KVM_EXIT_IO_OUT && run->io.port == 0x3f8)
		putchar(*data);
	return 0;
}

int run_vcpu(int vcpu, struct kvm_run *run)
{
	for (;;) {
		if (ioctl(vcpu, KVM_RUN, 0) < 0)
			return -1;
		switch (run->exit_reason) {
		case KVM_EXIT_IO:
			handle_io(run);
			break;
		case KVM_EXIT_HLT:
			return 0;
		default:
			fprintf(stderr, "exit %d\n", run->exit_reason);
			return -1;
		}
	}
}
