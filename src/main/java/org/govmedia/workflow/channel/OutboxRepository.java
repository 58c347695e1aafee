package org.govmedia.workflow.channel;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OutboxRepository extends JpaRepository<OutboxRecord, Long> {

  Optional<OutboxRecord> findByIdempotencyKey(String idempotencyKey);

  List<OutboxRecord> findByBusinessKeyOrderById(String businessKey);

  long countByBusinessKeyAndAction(String businessKey, OutboxRecord.Action action);
}
