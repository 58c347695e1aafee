package org.govmedia.workflow.account;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccountStatusChangeRepository extends JpaRepository<AccountStatusChange, Long> {

  List<AccountStatusChange> findByAccountIdOrderByIdAsc(Long accountId);
}
