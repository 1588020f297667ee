package kr.innotrack.system;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreDeleteEvent;
import org.hibernate.event.spi.PreDeleteEventListener;
import org.hibernate.persister.entity.AbstractEntityPersister;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Raises the data versions (V26, {@code docs/performance.md}) for every write made through JPA, in the writing
 * transaction: inserts, updates and collection changes note (table, id); a delete finds its plan or organization
 * before the row goes. After Hibernate's last flush of the transaction and before the commit, one callback resolves
 * the noted rows to plans and organizations ({@link DataVersionTables}) and raises each of their versions once. A
 * rolled-back transaction raises nothing; a committed one always raises with its data (same transaction).
 */
@Component
class DataVersionListener implements PostInsertEventListener, PostUpdateEventListener, PreDeleteEventListener,
        PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener,
        SmartInitializingSingleton {

    private final EntityManagerFactory emf;
    private final Map<SharedSessionContractImplementor, Pending> pending = new ConcurrentHashMap<>();

    DataVersionListener(EntityManagerFactory emf) {
        this.emf = emf;
    }

    @Override
    public void afterSingletonsInstantiated() {
        SessionFactoryImplementor factory = emf.unwrap(SessionFactoryImplementor.class);
        // every entity and collection table must say which version it raises: a new one cannot be forgotten
        List<String> unclassified = new ArrayList<>();
        factory.getMappingMetamodel().forEachEntityDescriptor(p -> {
            String table = table(p);
            if (table != null && !DataVersionTables.RULES.containsKey(table)) {
                unclassified.add(table);
            }
        });
        factory.getMappingMetamodel().forEachCollectionDescriptor(c -> {
            String table = c.getTableName();
            if (c.isOneToMany() || DataVersionTables.COLLECTION_TABLES.contains(table)) {
                return;
            }
            unclassified.add(table);
        });
        if (!unclassified.isEmpty()) {
            throw new IllegalStateException("Tables missing in system.DataVersionTables (docs/performance.md): "
                    + unclassified);
        }
        EventListenerRegistry registry = factory.getServiceRegistry().requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.PRE_DELETE, this);
        registry.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
        registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
        registry.appendListeners(EventType.POST_COLLECTION_REMOVE, this);
    }

    /** What one transaction has changed so far. */
    static final class Pending {
        final Map<String, Set<Long>> rows = new HashMap<>();
        final Set<Long> plans = new HashSet<>();
        final Set<Long> organizations = new HashSet<>();
    }

    private Pending pending(SharedSessionContractImplementor session) {
        return pending.computeIfAbsent(session, s -> {
            Pending p = new Pending();
            s.getTransactionCompletionCallbacks().registerCallback(
                    (org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback) done -> {
                        Pending mine = pending.remove(done);
                        if (mine != null) {
                            done.doWork(connection -> raise(connection, mine, System.currentTimeMillis()));
                        }
                    });
            s.getTransactionCompletionCallbacks().registerCallback(
                    (org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback)
                            (success, done) -> pending.remove(done));
            return p;
        });
    }

    private static String table(EntityPersister persister) {
        return persister instanceof AbstractEntityPersister p ? p.getTableName() : null;
    }

    private void note(SharedSessionContractImplementor session, EntityPersister persister, Object id) {
        String table = table(persister);
        if (table == null || !(id instanceof Long key)) {
            return;
        }
        DataVersionTables.Rule rule = DataVersionTables.RULES.get(table);
        if (rule != null && rule.kind() == DataVersionTables.Kind.NONE) {
            return;
        }
        pending(session).rows.computeIfAbsent(table, t -> new HashSet<>()).add(key);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        note(event.getSession(), event.getPersister(), event.getId());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        note(event.getSession(), event.getPersister(), event.getId());
    }

    @Override
    public boolean onPreDelete(PreDeleteEvent event) {
        String table = table(event.getPersister());
        if (table != null && event.getId() instanceof Long id) {
            DataVersionTables.Rule rule = DataVersionTables.RULES.get(table);
            if (rule == null || rule.kind() != DataVersionTables.Kind.NONE) {
                Pending p = pending(event.getSession());
                // the row is still there: find its plan or organization now
                event.getSession().doWork(connection -> resolve(connection, table, Set.of(id), p));
            }
        }
        return false;
    }

    private void onCollection(AbstractCollectionEvent event) {
        Object ownerId = event.getAffectedOwnerIdOrNull();
        String ownerName = event.getAffectedOwnerEntityName();
        if (ownerId == null || ownerName == null) {
            return;
        }
        EntityPersister owner = event.getSession().getFactory().getMappingMetamodel().getEntityDescriptor(ownerName);
        note(event.getSession(), owner, ownerId);
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        onCollection(event);
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        onCollection(event);
    }

    @Override
    public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
        onCollection(event);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    /** The noted rows' plans and organizations, added to {@code into}. */
    static void resolve(Connection connection, String table, Collection<Long> ids, Pending into) throws SQLException {
        DataVersionTables.Rule rule = DataVersionTables.RULES.get(table);
        if (rule == null) {
            // a table nobody classified (DataVersionTablesTest fails on it): nothing is known about it
            return;
        }
        if (rule.kind() == DataVersionTables.Kind.NONE) {
            return;
        }
        Set<Long> target = rule.kind() == DataVersionTables.Kind.PLAN ? into.plans : into.organizations;
        target.addAll(ids(connection, rule.sql(), ids));
    }

    /** Raises, once each, the versions of the plans and organizations this transaction changed. */
    private static void raise(Connection connection, Pending p, long now) throws SQLException {
        for (Map.Entry<String, Set<Long>> rows : p.rows.entrySet()) {
            resolve(connection, rows.getKey(), rows.getValue(), p);
        }
        raise(connection, p.plans, p.organizations, now);
    }

    /** Organization-wide changes raise every plan of the organization; every plan raises its organization. */
    static void raise(Connection connection, Set<Long> planIds, Set<Long> organizationIds, long now) throws SQLException {
        Set<Long> plans = new TreeSet<>(planIds);
        Set<Long> organizations = new TreeSet<>(organizationIds);
        if (!organizations.isEmpty()) {
            plans.addAll(ids(connection, "select id from plan where organization_id in (%s)", organizations));
        }
        if (!plans.isEmpty()) {
            organizations.addAll(ids(connection, "select organization_id from plan where id in (%s)", plans));
        }
        bump(connection, "plan_data_version", "plan_id", plans, now);
        bump(connection, "organization_data_version", "organization_id", organizations, now);
    }

    private static void bump(Connection connection, String table, String key, Set<Long> ids, long now) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        List<Long> sorted = new ArrayList<>(new TreeSet<>(ids));
        int updated = 0;
        for (List<Long> chunk : chunks(sorted)) {
            try (PreparedStatement s = connection.prepareStatement("update " + table + " set version = version + 1,"
                    + " changed_at_ms = ? where " + key + " in (" + marks(chunk.size()) + ")")) {
                s.setLong(1, now);
                for (int i = 0; i < chunk.size(); i++) {
                    s.setLong(i + 2, chunk.get(i));
                }
                updated += s.executeUpdate();
            }
        }
        if (updated < sorted.size()) {
            // a plan or organization created since V26 (or by SQL): its first version
            for (Long id : sorted) {
                try (PreparedStatement s = connection.prepareStatement("insert into " + table + " (" + key
                        + ", version, changed_at_ms) select ?, 1, ? where not exists (select 1 from " + table
                        + " where " + key + " = ?)")) {
                    s.setLong(1, id);
                    s.setLong(2, now);
                    s.setLong(3, id);
                    s.executeUpdate();
                }
            }
        }
    }

    private static Set<Long> ids(Connection connection, String sql, Collection<Long> ids) throws SQLException {
        Set<Long> found = new HashSet<>();
        for (List<Long> chunk : chunks(new ArrayList<>(ids))) {
            try (PreparedStatement s = connection.prepareStatement(sql.formatted(marks(chunk.size())))) {
                for (int i = 0; i < chunk.size(); i++) {
                    s.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        long id = r.getLong(1);
                        if (!r.wasNull()) {
                            found.add(id);
                        }
                    }
                }
            }
        }
        return found;
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += 500) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + 500)));
        }
        return chunks;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
